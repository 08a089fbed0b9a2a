using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>A request body whose reads fail, as when the caller's connection breaks mid-upload.</summary>
public sealed class FailingStream : MemoryStream
{
    public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the upload broke (test)");

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => throw new IOException("the upload broke (test)");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => throw new IOException("the upload broke (test)");
}
