using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>
/// Bytes on a socket, for what HttpClient will not send (a forged Host, NUL in the path, a body that stops early).
/// Each call uses its own connection and reads the answer until the server closes it or the declared body is in.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static Task<ApiResponse> SendAsync(Uri address, string head, byte[]? body = null)
        => SendAsync(address, Encoding.Latin1.GetBytes(head), body);

    public static async Task<ApiResponse> SendAsync(Uri address, byte[] head, byte[]? body = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Deadline);
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(head, timeout.Token);
        if (body is not null)
        {
            await stream.WriteAsync(body, timeout.Token);
        }

        return await ReadAsync(stream, timeout.Token);
    }

    /// <summary>A HEAD request's answer: the head only, whatever Content-Length says.</summary>
    public static async Task<(ApiResponse Response, int BodyBytes)> HeadAsync(Uri address, string path, string? key)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Deadline);
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        var head = $"HEAD {path} HTTP/1.1\r\nHost: {address.Authority}\r\n"
                   + (key is null ? "" : $"Authorization: Bearer {key}\r\n")
                   + "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head), timeout.Token);
        var all = await ReadToCloseAsync(stream, timeout.Token);
        var split = IndexOfBlankLine(all);
        var response = Parse(all.AsSpan(0, split).ToArray(), Array.Empty<byte>());
        return (response, all.Length - split - 4);
    }

    private static async Task<ApiResponse> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.ToArray();
            var split = IndexOfBlankLine(bytes);
            if (split >= 0)
            {
                var head = bytes.AsSpan(0, split).ToArray();
                var length = ContentLength(head);
                var bodyStart = split + 4;
                if ((length is { } n && bytes.Length - bodyStart >= n) || read == 0)
                {
                    var bodyLength = length is { } m ? (int)Math.Min(m, bytes.Length - bodyStart) : bytes.Length - bodyStart;
                    return Parse(head, bytes.AsSpan(bodyStart, bodyLength).ToArray());
                }
            }
            else if (read == 0)
            {
                throw new IOException($"The server closed the connection without a complete answer ({bytes.Length} bytes).");
            }
        }
    }

    private static async Task<byte[]> ReadToCloseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static int IndexOfBlankLine(byte[] bytes) => bytes.AsSpan().IndexOf("\r\n\r\n"u8);

    private static long? ContentLength(byte[] head)
    {
        foreach (var line in Encoding.Latin1.GetString(head).Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return long.Parse(line.AsSpan("Content-Length:".Length).Trim());
            }
        }

        return null;
    }

    private static ApiResponse Parse(byte[] head, byte[] body)
    {
        var lines = Encoding.Latin1.GetString(head).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1]);
        var message = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':');
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return new ApiResponse(message, Encoding.UTF8.GetString(body));
    }
}
