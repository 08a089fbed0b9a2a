using System;
using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Logs everything, at every level, into <see cref="CapturedText"/>.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly CapturingLoggerProvider _owner;
    private readonly string _category;

    public CapturingLogger(CapturingLoggerProvider owner, string category)
    {
        _owner = owner;
        _category = category;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        CapturedText.Add("log scope " + _category, state.ToString() ?? string.Empty);
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _owner.Counted();
        CapturedText.Add($"log {logLevel} {_category}", formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception));
    }
}
