using System;

namespace Veo.Contract;

/// <summary>
/// The delay before a retry: the base delay doubled per retry with ±20 % jitter (so clients that failed together do not
/// retry together), never shorter than what the server asked for in Retry-After nor than the caller's floor.
/// </summary>
internal static class RetryBackoff
{
#if !NET6_0_OR_GREATER
    [ThreadStatic]
    private static Random? _random;
#endif

    public static TimeSpan For(int retry, TimeSpan baseDelay, TimeSpan? retryAfter, TimeSpan floor)
    {
        var exponent = Math.Min(retry - 1, 16);
        var ticks = baseDelay.Ticks * (double)(1L << exponent) * (0.8 + (0.4 * NextDouble()));
        var delay = TimeSpan.FromTicks((long)Math.Min(ticks, TimeSpan.FromDays(1).Ticks));
        if (retryAfter is { } asked && asked > delay)
        {
            delay = asked;
        }

        return delay < floor ? floor : delay;
    }

    private static double NextDouble()
#if NET6_0_OR_GREATER
        => Random.Shared.NextDouble();
#else
        => (_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
#endif
}
