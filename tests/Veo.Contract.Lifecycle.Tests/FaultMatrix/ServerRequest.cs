using System;
using System.Collections.Generic;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>One request as the misbehaving server read it off the socket.</summary>
internal sealed record ServerRequest(int Index, string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    public bool IsCreate => Method == "POST" && Path == "/v1/tasks";

    public bool IsStatusRead => Method == "GET" && Path.StartsWith("/v1/tasks/", StringComparison.Ordinal);
}
