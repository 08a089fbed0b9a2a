using System;
using System.IO;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A body that hands out at most a given number of bytes per read and declares no length, like a chunked answer.</summary>
internal sealed class ChunkedStream(byte[] body, int chunk) : Stream
{
    private int _position;

    /// <summary>How many bytes the reader has taken so far.</summary>
    public int Served => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), body.Length - _position);
        Array.Copy(body, _position, buffer, offset, n);
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
