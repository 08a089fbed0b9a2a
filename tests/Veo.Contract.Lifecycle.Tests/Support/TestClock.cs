using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// A fake clock that also tells when code under test starts a wait, so a test advances time exactly by each wait
/// instead of sleeping. Timers longer than <see cref="LongestPumpedWait"/> (request and download timeouts) are
/// never advanced to, so they cannot fire by accident.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 4, 4, 6, 46, 0, TimeSpan.Zero);
    public static readonly TimeSpan LongestPumpedWait = TimeSpan.FromMinutes(5);

    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> _waits = new();

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

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime <= LongestPumpedWait)
        {
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Runs <paramref name="work"/> to its end, advancing the clock by each wait it starts.</summary>
    public async Task<T> RunAsync<T>(Task<T> work, int maxWaits = 1000)
    {
        for (var i = 0; i < maxWaits; i++)
        {
            // WaitToReadAsync does not take an item, so a wait started after the work ended stays for the next run.
            var ready = _started.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(work, ready) == work)
            {
                return await work;
            }

            if (!_started.Reader.TryRead(out var wait))
            {
                continue;
            }

            lock (_waits)
            {
                _waits.Add(wait);
            }

            Fake.Advance(wait);
        }

        throw new InvalidOperationException($"The work started more than {maxWaits} waits without ending.");
    }

    public async Task RunAsync(Task work, int maxWaits = 1000)
        => await RunAsync(work.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), maxWaits);

    /// <summary>The next wait the code under test starts, without advancing.</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _started.Reader.ReadAsync();
}
