using System;
using System.IO;
using System.Threading;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A body that never ends (zero bytes forever), counting what was read from it.</summary>
internal sealed class EndlessStream : Stream
{
    private long _served;

    public long Served => Interlocked.Read(ref _served);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Served; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Array.Clear(buffer, offset, count);
        Interlocked.Add(ref _served, count);
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
