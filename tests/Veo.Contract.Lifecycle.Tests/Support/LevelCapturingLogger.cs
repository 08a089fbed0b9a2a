using System;
using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A logger of <see cref="LevelCapturingLoggerProvider"/>: every line goes to its owner and to <see cref="CapturedText"/>.</summary>
internal sealed class LevelCapturingLogger(LevelCapturingLoggerProvider owner, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        CapturedText.Add($"log {logLevel} {category}", message);
        owner.Lines.Enqueue((logLevel, category, message));
    }
}
