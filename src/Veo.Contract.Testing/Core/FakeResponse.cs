using System.Collections.Generic;

namespace Veo.Contract.Testing.Core;

/// <summary>An answer of the fake's core; the hosts copy it onto their own response types.</summary>
internal sealed class FakeResponse
{
    private FakeResponse(int statusCode, string? contentType, byte[] body, bool dropConnection)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        DropConnection = dropConnection;
    }

    public static FakeResponse Dropped { get; } = new(0, null, System.Array.Empty<byte>(), true);

    public int StatusCode { get; }

    public string? ContentType { get; }

    public byte[] Body { get; }

    /// <summary>Close the connection instead of answering.</summary>
    public bool DropConnection { get; }

    /// <summary>Extra response headers (Retry-After, WWW-Authenticate, Allow).</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = new();

    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, "application/json; charset=utf-8", body, false);

    public static FakeResponse Binary(string contentType, byte[] body) => new(200, contentType, body, false);

    public FakeResponse WithHeader(string name, string value)
    {
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }
}
