using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>The answers the misbehaving server can give, each written byte by byte onto the connection.</summary>
internal static class Replies
{
    // An endless body stops here even if the client never does, so a failing client cannot fill the test machine.
    public const long EndlessSafetyStop = 256L * 1024 * 1024;

    public static Func<ServerConnection, Task> Json(int status, string json, params (string Name, string Value)[] headers)
        => Body(status, "application/json", Encoding.UTF8.GetBytes(json), headers: headers);

    public static Func<ServerConnection, Task> Body(int status, string? contentType, byte[] body, long? declaredLength = null, params (string Name, string Value)[] headers)
        => async connection =>
        {
            await connection.WriteAsync(Head(status, contentType, declaredLength ?? body.Length, headers));
            await connection.WriteAsync(body);
        };

    public static Func<ServerConnection, Task> Redirect(string location)
        => connection => connection.WriteAsync(Head(302, null, 0, ("Location", location)));

    public static Func<ServerConnection, Task> Reset()
        => connection =>
        {
            connection.Reset();
            return Task.CompletedTask;
        };

    /// <summary>Stops at <paramref name="stage"/>; the body, when reached, starts with <paramref name="firstBytes"/>.</summary>
    public static Func<ServerConnection, Task> Stall(StallStage stage, string contentType, byte[] firstBytes)
        => async connection =>
        {
            var head = Head(200, contentType, firstBytes.Length + 4096);
            switch (stage)
            {
                case StallStage.MidHeaders:
                    await connection.WriteAsync(head[..(head.IndexOf("\r\n", StringComparison.Ordinal) + 10)]);
                    break;
                case StallStage.AfterHeaders:
                    await connection.WriteAsync(head);
                    break;
                case StallStage.MidBody:
                    await connection.WriteAsync(head);
                    await connection.WriteAsync(firstBytes);
                    break;
            }

            await connection.StallAsync();
        };

    /// <summary>A body without a length that never ends (until <see cref="EndlessSafetyStop"/>).</summary>
    public static Func<ServerConnection, Task> Endless(int status, string contentType, byte[] firstBytes)
        => async connection =>
        {
            await connection.WriteAsync(Head(status, contentType, null));
            await connection.WriteAsync(firstBytes);
            var chunk = Enumerable.Repeat((byte)' ', 64 * 1024).ToArray();
            for (long sent = 0; sent < EndlessSafetyStop; sent += chunk.Length)
            {
                await connection.WriteAsync(chunk);
            }
        };

    private static string Head(int status, string? contentType, long? length, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Scripted\r\nConnection: close\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        if (length is { } bytes)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {bytes}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return head.Append("\r\n").ToString();
    }
}
