using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Serves some bytes, then stops sending without closing, as a stalled connection does, until the reader cancels.</summary>
internal sealed class StallingStream : Stream
{
    private readonly byte[] _first;
    private int _position;

    public StallingStream(byte[] first) => _first = first;

    /// <summary>Completes when a read is waiting on the stall.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_position < _first.Length)
        {
            var n = Math.Min(count, _first.Length - _position);
            Array.Copy(_first, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        Stalled.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(buffer, out var segment)
            ? new ValueTask<int>(ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken))
            : throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
