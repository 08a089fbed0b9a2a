using System;

namespace Veo.Contract;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its callback inside <see cref="Report"/>, on the reporting thread, before
/// the reporting code goes on. <see cref="Progress{T}"/> instead posts each report to the captured synchronization
/// context or the thread pool, so its last reports can run after <see cref="VeoTaskOperation.WaitForCompletionAsync(IProgress{VeoTaskProgress}, System.Threading.CancellationToken)"/>
/// or a download has returned, and out of order. With this one the final report (100%, completed) has been handled
/// when the await returns. The callback must be quick and must not block: the wait or download waits for it.
/// In a UI app, marshal to the UI thread inside the callback yourself.
/// </summary>
/// <typeparam name="T">The report type: <see cref="VeoTaskProgress"/> or <see cref="VeoDownloadProgress"/>.</typeparam>
public sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;

    /// <summary>Creates a reporter that calls <paramref name="handler"/> for each report, in order.</summary>
    public SynchronousProgress(Action<T> handler) => _handler = handler ?? throw new ArgumentNullException(nameof(handler));

    /// <summary>Calls the handler with <paramref name="value"/> and returns when it has.</summary>
    public void Report(T value) => _handler(value);
}
