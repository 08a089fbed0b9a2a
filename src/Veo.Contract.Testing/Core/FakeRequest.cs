using System;
using System.IO;

namespace Veo.Contract.Testing.Core;

/// <summary>A request as the fake's core sees it, whether it came through the in-process handler or Kestrel.</summary>
internal sealed class FakeRequest
{
    public FakeRequest(string method, string path, Uri baseAddress, string? authorization, long? contentLength, Stream? body)
    {
        Method = method;
        Path = path;
        BaseAddress = baseAddress;
        Authorization = authorization;
        ContentLength = contentLength;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The unescaped path, starting with '/'.</summary>
    public string Path { get; }

    /// <summary>
    /// Where the request arrived, ending in '/': the local endpoint on loopback, the request URI in-process (never
    /// the Host header). Links are built on it unless a public base address is configured.
    /// </summary>
    public Uri BaseAddress { get; }

    public string? Authorization { get; }

    public long? ContentLength { get; }

    public Stream? Body { get; }
}
