using System;
using System.IO;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>A stream whose length is unknown, so HttpClient cannot declare a Content-Length.</summary>
public sealed class UnseekableStream : MemoryStream
{
    public UnseekableStream(byte[] bytes)
        : base(bytes)
    {
    }

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();
}
