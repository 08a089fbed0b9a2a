using System;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>The server's side of one connection, handed to a reply: write raw bytes, stall, or reset.</summary>
internal sealed class ServerConnection
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly Action<long> _sent;
    private readonly Action? _stalled;

    public ServerConnection(Socket socket, NetworkStream stream, CancellationToken stopping, Action<long> sent, Action? stalled = null)
    {
        _socket = socket;
        _stream = stream;
        _sent = sent;
        _stalled = stalled;
        Stopping = stopping;
    }

    /// <summary>Cancelled when the server is disposed: every stall ends then.</summary>
    public CancellationToken Stopping { get; }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, Stopping);
        await _stream.FlushAsync(Stopping);
        _sent(bytes.Length);
    }

    /// <summary>Sends nothing more and keeps the connection open until the client gives up or the server stops.</summary>
    public async Task StallAsync()
    {
        var probe = new byte[1];
        _stalled?.Invoke();
        try
        {
            // A read returns 0 once the client closes its end; until then the connection just hangs.
            while (await _stream.ReadAsync(probe, Stopping) > 0)
            {
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or System.IO.IOException or SocketException)
        {
        }
    }

    /// <summary>Closes with a TCP reset instead of an orderly end, as a crashing proxy does.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }
}
