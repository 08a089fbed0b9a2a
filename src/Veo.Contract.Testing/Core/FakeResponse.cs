using System.Collections.Generic;

namespace Veo.Contract.Testing.Core;

/// <summary>An answer of the fake's core; the hosts copy it onto their own response types.</summary>
internal sealed class FakeResponse
{
    private FakeResponse(int statusCode, string? contentType, byte[] body, bool dropConnection, bool sendBody = true)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        DropConnection = dropConnection;
        SendBody = sendBody;
    }

    public static FakeResponse Dropped { get; } = new(0, null, System.Array.Empty<byte>(), true);

    public int StatusCode { get; }

    public string? ContentType { get; }

    public byte[] Body { get; }

    /// <summary>Close the connection instead of answering.</summary>
    public bool DropConnection { get; }

    /// <summary>False for a HEAD answer: the headers (Content-Length from <see cref="Body"/>) go out, the body does not.</summary>
    public bool SendBody { get; }

    /// <summary>Extra response headers (Retry-After, WWW-Authenticate, Allow).</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = new();

    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, "application/json; charset=utf-8", body, false);

    public static FakeResponse Binary(string contentType, byte[] body) => new(200, contentType, body, false);

    /// <summary>The same answer for a HEAD request.</summary>
    public FakeResponse WithoutBody()
    {
        var head = new FakeResponse(StatusCode, ContentType, Body, DropConnection, sendBody: false);
        head.Headers.AddRange(Headers);
        return head;
    }

    public FakeResponse WithHeader(string name, string value)
    {
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }
}
