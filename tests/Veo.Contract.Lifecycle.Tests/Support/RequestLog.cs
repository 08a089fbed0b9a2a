using System.Collections.Concurrent;
using System.Linq;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>The requests that reached the server, attempt by attempt (below the retry handler), as "METHOD /path".</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Add(string line) => _lines.Enqueue(line);

    public int Count(string method, string pathStart)
        => _lines.Count(line => line.StartsWith(method + " " + pathStart, System.StringComparison.Ordinal));

    public int Creates => _lines.Count(line => line == "POST /v1/tasks");
}
