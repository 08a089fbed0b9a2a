using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A logger provider whose loggers hand every formatted log line (and its exception) to <see cref="CapturedText"/>.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private int _lines;

    public int Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    internal void Counted() => System.Threading.Interlocked.Increment(ref _lines);
}
