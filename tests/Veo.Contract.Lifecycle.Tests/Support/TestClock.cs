using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// A fake clock that tells when code under test starts a wait, so a test advances time exactly by each wait instead of
/// sleeping. A wait is a delay (polling, back-off) of at most <see cref="LongestPumpedWait"/>; the client's limits
/// (attempt, overall and download timeouts: cancellation timers) are never advanced to by a wait, so they cannot fire by
/// accident. They pass when a test double reports a stall (<see cref="Stalled"/>): the run then advances to the first
/// timer the client has pending, as a stalled connection would in real time, only at once.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 4, 4, 6, 46, 0, TimeSpan.Zero);
    public static readonly TimeSpan LongestPumpedWait = TimeSpan.FromMinutes(5);

    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();
    private readonly Channel<bool> _stalls = Channel.CreateUnbounded<bool>();
    private readonly List<TimeSpan> _waits = new();
    private readonly HashSet<TrackedTimer> _timers = new();

    public FakeTimeProvider Fake { get; } = new(Start);

    /// <summary>Every wait the pump advanced through, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return _waits.ToArray();
            }
        }
    }

    /// <summary>Timers created on this clock and not disposed yet: a finished call leaves none behind.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_timers)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>How many times a run advanced to a pending limit because the server stalled.</summary>
    public int StallsPassed { get; private set; }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    /// <summary>Time on this clock since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => Fake.GetUtcNow() - Start;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TrackedTimer(this);
        timer.Schedule(dueTime, period);
        timer.Inner = Fake.CreateTimer(s => { timer.Fired(); callback(s); }, state, dueTime, period);

        // A cancellation timer is one of the client's limits, not a wait: only a stall makes it pass.
        if (state is not CancellationTokenSource && dueTime > TimeSpan.Zero && dueTime <= LongestPumpedWait)
        {
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Called by a test double when it stops answering: the next run step lets the first pending limit pass.</summary>
    public void Stalled() => _stalls.Writer.TryWrite(true);

    /// <summary>Runs <paramref name="work"/> to its end, advancing the clock by each wait it starts and past each stall.</summary>
    public async Task<T> RunAsync<T>(Task<T> work, int maxSteps = 1000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            // WaitToReadAsync does not take an item, so a wait started after the work ended stays for the next run.
            var waitReady = _started.Reader.WaitToReadAsync().AsTask();
            var stallReady = _stalls.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(work, waitReady, stallReady) == work)
            {
                return await work;
            }

            if (_started.Reader.TryRead(out var wait))
            {
                lock (_waits)
                {
                    _waits.Add(wait);
                }

                Fake.Advance(wait);
            }
            else if (_stalls.Reader.TryRead(out _))
            {
                AdvanceToFirstTimer();
            }
        }

        throw new InvalidOperationException($"The work took more than {maxSteps} steps without ending.");
    }

    public async Task RunAsync(Task work, int maxSteps = 1000)
        => await RunAsync(work.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), maxSteps);

    /// <summary>The next wait the code under test starts, without advancing.</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _started.Reader.ReadAsync();

    // Nothing else can move: the client waits on a server that sends nothing. Its first pending timer is the limit a
    // real clock would reach first; no pending timer means the call would hang, which must fail the test, not stall it.
    private void AdvanceToFirstTimer()
    {
        DateTimeOffset first;
        lock (_timers)
        {
            var due = _timers.Where(timer => timer.DueAt is not null).Select(timer => timer.DueAt!.Value).ToList();
            if (due.Count == 0)
            {
                throw new InvalidOperationException("The server stalled and the client has no timer pending: the call would hang.");
            }

            first = due.Min();
        }

        StallsPassed++;
        var step = first - Fake.GetUtcNow();
        Fake.Advance(step > TimeSpan.Zero ? step : TimeSpan.Zero);
    }

    /// <summary>A fake timer whose next due time the clock can see.</summary>
    private sealed class TrackedTimer : ITimer
    {
        private readonly TestClock _clock;
        private TimeSpan _period;

        public TrackedTimer(TestClock clock)
        {
            _clock = clock;
            lock (clock._timers)
            {
                clock._timers.Add(this);
            }
        }

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; private set; }

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            lock (_clock._timers)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.Fake.GetUtcNow() + dueTime;
            }
        }

        public void Fired()
        {
            lock (_clock._timers)
            {
                DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : _clock.Fake.GetUtcNow() + _period;
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (_clock._timers)
            {
                _clock._timers.Remove(this);
                DueAt = null;
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
