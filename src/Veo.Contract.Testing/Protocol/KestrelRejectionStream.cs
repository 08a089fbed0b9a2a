using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Testing.Protocol;

/// <summary>
/// A connection's outgoing bytes, passed through unchanged except Kestrel's own empty rejections, which
/// <see cref="KestrelRejection"/> gives a JSON error body. Each flush of Kestrel's output arrives as one write.
/// </summary>
internal sealed class KestrelRejectionStream : Stream
{
    private readonly Stream _inner;
    private readonly int _maxTargetBytes;
    private readonly int _maxHeaderBytes;
    private readonly int _maxHeaderCount;

    public KestrelRejectionStream(Stream inner, int maxTargetBytes, int maxHeaderBytes, int maxHeaderCount)
    {
        _inner = inner;
        _maxTargetBytes = maxTargetBytes;
        _maxHeaderBytes = maxHeaderBytes;
        _maxHeaderCount = maxHeaderCount;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var rewritten = KestrelRejection.Rewrite(buffer.Span, _maxTargetBytes, _maxHeaderBytes, _maxHeaderCount);
        return _inner.WriteAsync(rewritten ?? buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
