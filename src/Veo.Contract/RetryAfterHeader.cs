using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veo.Contract;

/// <summary>Reads Retry-After, which may be a number of seconds or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    // Longer waits than a day are not a rate limit but a misconfiguration; they are capped so a wait stays bounded.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static TimeSpan? Read(IReadOnlyDictionary<string, IEnumerable<string>> headers, DateTimeOffset now)
    {
        var value = HeaderValues.First(headers, "Retry-After");
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds < 0 ? TimeSpan.Zero : Cap(TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds)));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : Cap(wait);
        }

        return null;
    }

    private static TimeSpan Cap(TimeSpan wait) => wait > Longest ? Longest : wait;
}
