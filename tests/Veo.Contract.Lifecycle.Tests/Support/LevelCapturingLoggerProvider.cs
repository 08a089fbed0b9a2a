using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Keeps each log line with its level and category, so tests can assert what is logged at which level.</summary>
internal sealed class LevelCapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new LevelCapturingLogger(this, categoryName);

    public void Dispose()
    {
    }
}
