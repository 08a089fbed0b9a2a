using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>
/// Sends a request as bytes on its own connection (<c>Connection: close</c>) and reads the answer until the server
/// closes it: what HttpClient would not send (a NUL in the path, a body that stops early) goes out as written.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<RawAnswer> SendAsync(Uri server, string head, byte[]? body = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Deadline);
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head), timeout.Token);
        if (body is not null)
        {
            await stream.WriteAsync(body, timeout.Token);
        }

        var all = new MemoryStream();
        await stream.CopyToAsync(all, timeout.Token);
        return Parse(all.ToArray());
    }

    private static RawAnswer Parse(byte[] bytes)
    {
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            throw new IOException($"The server closed the connection without a complete head ({bytes.Length} bytes).");
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, split).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        var body = Encoding.UTF8.GetString(bytes, split + 4, bytes.Length - split - 4);
        return new RawAnswer(status, headers, body);
    }
}
