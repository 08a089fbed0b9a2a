using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract;

/// <summary>
/// Passes a download's bytes on to its destination and turns the destination's own failures (a full disk, a closed
/// stream) into the error <c>fail</c> makes of them. The downloader reports an IOException as a broken connection; a
/// failure to write is not one, and must not be reported as one.
/// </summary>
internal sealed class GuardedDestination : Stream
{
    private readonly Stream _inner;
    private readonly Func<Exception, long, Exception> _fail;

    public GuardedDestination(Stream inner, Func<Exception, long, Exception> fail)
    {
        _inner = inner;
        _fail = fail;
    }

    /// <summary>Bytes handed to the destination so far, the failed write included.</summary>
    public long BytesWritten { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        BytesWritten += count;
        try
        {
            _inner.Write(buffer, offset, count);
        }
        catch (Exception error) when (IsDestinationError(error))
        {
            throw _fail(error, BytesWritten);
        }
    }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        BytesWritten += count;
        try
        {
            await _inner.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsDestinationError(error))
        {
            throw _fail(error, BytesWritten);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (Exception error) when (IsDestinationError(error))
        {
            throw _fail(error, BytesWritten);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsDestinationError(error))
        {
            throw _fail(error, BytesWritten);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    // A closed or read-only stream is the destination's fault too.
    private static bool IsDestinationError(Exception error) => VideoDestination.IsFileError(error) || error is ObjectDisposedException;
}
