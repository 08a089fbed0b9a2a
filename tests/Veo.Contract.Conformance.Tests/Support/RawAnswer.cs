using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>An answer as it came off the socket: status, headers (names lower-cased) and body text.</summary>
public sealed class RawAnswer
{
    public RawAnswer(int status, IReadOnlyDictionary<string, string> headers, string body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    public int Status { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonElement? Json()
    {
        try
        {
            return JsonDocument.Parse(Body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString()
        => $"{Status} [{string.Join("; ", Headers.Select(pair => pair.Key + ": " + pair.Value))}] {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
