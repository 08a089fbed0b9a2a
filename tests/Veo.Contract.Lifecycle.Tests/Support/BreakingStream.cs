using System;
using System.IO;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Serves bytes up to a point, then fails the way a dropped connection does (IOException).</summary>
internal sealed class BreakingStream : Stream
{
    private readonly byte[] _bytes;
    private readonly int _breakAt;
    private int _position;

    public BreakingStream(byte[] bytes, int breakAt)
    {
        _bytes = bytes;
        _breakAt = Math.Min(breakAt, bytes.Length);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= _breakAt)
        {
            throw new IOException("The connection was reset by the peer (test).");
        }

        var n = Math.Min(count, _breakAt - _position);
        Array.Copy(_bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
