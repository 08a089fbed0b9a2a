using System;
using System.Threading;

namespace Veo.Contract;

/// <summary>
/// One of the client's own time limits (an attempt, a whole call, a download). It passes when its duration has passed on
/// the client's <see cref="TimeProvider"/> or in real time, whichever comes first: a test clock can make it pass at once,
/// and a test clock that never moves cannot hold a stalled connection open for ever.
/// </summary>
internal sealed class TimeLimit : IDisposable
{
    private readonly CancellationTokenSource _onClock;
    private readonly CancellationTokenSource _inRealTime;
    private readonly CancellationTokenSource _either;

    /// <summary>Starts the limit now; <paramref name="within"/> (the caller's token, or an enclosing limit's) ends it too.</summary>
    public TimeLimit(TimeProvider clock, TimeSpan duration, CancellationToken within)
    {
        Duration = duration;
        _onClock = TimeProviderWaits.CancelAfter(clock, duration);
        _inRealTime = TimeProviderWaits.CancelAfter(TimeProvider.System, duration);
        _either = CancellationTokenSource.CreateLinkedTokenSource(within, _onClock.Token, _inRealTime.Token);
    }

    public TimeSpan Duration { get; }

    /// <summary>Cancelled when the limit passes or <c>within</c> is cancelled.</summary>
    public CancellationToken Token => _either.Token;

    /// <summary>Whether this limit itself passed (on either clock), as opposed to <c>within</c> being cancelled.</summary>
    public bool HasPassed => _onClock.IsCancellationRequested || _inRealTime.IsCancellationRequested;

    public void Dispose()
    {
        _either.Dispose();
        _onClock.Dispose();
        _inRealTime.Dispose();
    }
}
