using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// A response body that sends a prefix and then either stalls (until the reader gives up) or goes on
/// forever with filler bytes; it counts what it served, so a test can bound what the client read.
/// </summary>
internal sealed class ServedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly bool _endless;
    private readonly Action? _stalled;
    private long _served;

    private ServedStream(byte[] prefix, bool endless, Action? stalled = null)
    {
        _prefix = prefix;
        _endless = endless;
        _stalled = stalled;
    }

    public long Served => Interlocked.Read(ref _served);

    /// <summary>Sends <paramref name="prefix"/>, then stalls; <paramref name="stalled"/> is told when a read starts waiting.</summary>
    public static ServedStream Stalling(string prefix, Action? stalled = null) => new(System.Text.Encoding.UTF8.GetBytes(prefix), endless: false, stalled);

    public static ServedStream Endless(string prefix) => new(System.Text.Encoding.UTF8.GetBytes(prefix), endless: true);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var served = Served;
        if (served < _prefix.Length)
        {
            var count = (int)Math.Min(buffer.Length, _prefix.Length - served);
            _prefix.AsMemory((int)served, count).CopyTo(buffer);
            Interlocked.Add(ref _served, count);
            return count;
        }

        if (!_endless)
        {
            _stalled?.Invoke();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        buffer.Span.Fill((byte)' ');
        Interlocked.Add(ref _served, buffer.Length);
        return buffer.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
