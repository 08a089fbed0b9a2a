using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 whose every byte a test scripts, so it can fail where a well-behaved server
/// cannot: stop before the headers, in the middle of them, after them or in the body, send without end, reset the
/// connection, redirect anywhere. One request per connection; records every request it read.
/// </summary>
internal sealed class MisbehavingServer : IAsyncDisposable
{
    private const int LargestHead = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<ServerRequest, Func<ServerConnection, Task>> _script;
    private readonly Action? _stalled;
    private readonly ConcurrentQueue<ServerRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = new();
    private readonly Task _accepting;
    private long _bytesSent;
    private int _count;

    /// <summary>
    /// Listens on a free port of <paramref name="host"/> (127.0.0.1 unless another loopback address is given);
    /// <paramref name="stalled"/> is told each time a reply starts to stall.
    /// </summary>
    public MisbehavingServer(Func<ServerRequest, Func<ServerConnection, Task>> script, string host = "127.0.0.1", Action? stalled = null)
    {
        _script = script;
        _stalled = stalled;
        _listener = new TcpListener(IPAddress.Parse(host), 0);
        _listener.Start();
        Address = new Uri($"http://{host}:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    public IReadOnlyList<ServerRequest> Requests => _requests.ToArray();

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        await Task.WhenAll(_connections.Append(_accepting)).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception failure) when (failure is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(Task.Run(() => ServeAsync(socket)));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            try
            {
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                var connection = new ServerConnection(socket, stream, _stopping.Token, sent => Interlocked.Add(ref _bytesSent, sent), _stalled);
                await _script(request)(connection);
                if (socket.Connected)
                {
                    socket.Shutdown(SocketShutdown.Both);
                }
            }
            catch (Exception failure) when (failure is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up, or the reply reset the connection on purpose.
            }
        }
    }

    private async Task<ServerRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new byte[LargestHead];
        var count = 0;
        int headEnd;
        while ((headEnd = HeadEnd(buffer, count)) < 0)
        {
            int read;
            if (count == buffer.Length || (read = await stream.ReadAsync(buffer.AsMemory(count), _stopping.Token)) == 0)
            {
                return null;
            }

            count += read;
        }

        var lines = Encoding.ASCII.GetString(buffer, 0, headEnd).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = new MemoryStream();
        body.Write(buffer, headEnd + 4, count - headEnd - 4);
        var length = headers.TryGetValue("Content-Length", out var declared) ? int.Parse(declared, CultureInfo.InvariantCulture) : 0;
        while (body.Length < length)
        {
            var read = await stream.ReadAsync(buffer, _stopping.Token);
            if (read == 0)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return new ServerRequest(Interlocked.Increment(ref _count), start[0], start[1], headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    // Where the blank line that ends the head starts; -1 while it has not arrived.
    private static int HeadEnd(byte[] buffer, int count)
    {
        for (var i = 0; i + 3 < count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
