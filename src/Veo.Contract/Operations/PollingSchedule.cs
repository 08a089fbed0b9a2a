using System;

namespace Veo.Contract;

/// <summary>
/// The waits between status reads: the first one is the configured interval (the vendor advises 2 to 5 s), each next one
/// half as long again, up to the maximum. A long generation is then read often at first and rarely later.
/// </summary>
internal sealed class PollingSchedule
{
    private const double Growth = 1.5;
    private readonly TimeSpan _max;
    private TimeSpan _next;

    public PollingSchedule(TimeSpan first, TimeSpan max)
    {
        _next = first;
        _max = max < first ? first : max;
    }

    /// <summary>The wait before the next regular read.</summary>
    public TimeSpan Next()
    {
        var wait = _next;
        _next = Grow(_next);
        return wait;
    }

    /// <summary>
    /// The wait after a 429: what the service asked for in Retry-After, but never less than the regular wait (a zero,
    /// negative or past Retry-After must not turn polling into a tight loop). Either way the regular interval grows,
    /// since the service said it is being asked too often.
    /// </summary>
    public TimeSpan AfterRateLimit(TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } asked && asked > _next ? asked : _next;
        _next = Grow(_next);
        return wait;
    }

    private TimeSpan Grow(TimeSpan interval)
    {
        var grown = TimeSpan.FromTicks((long)(interval.Ticks * Growth));
        return grown > _max ? _max : grown;
    }
}
