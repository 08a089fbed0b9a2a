using System;

namespace Quickstart;

/// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post each report to the thread pool).</summary>
internal sealed class InlineProgress<T> : IProgress<T>
{
    private readonly Action<T> _report;

    public InlineProgress(Action<T> report) => _report = report;

    public void Report(T value) => _report(value);
}
