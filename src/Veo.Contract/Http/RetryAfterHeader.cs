using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// Reads Retry-After, which may be a number of seconds or an HTTP date. Whatever a server sends, the result is null (no
/// usable advice: garbage, NaN, infinity) or a wait between zero (negative values, past dates) and one day.
/// </summary>
internal static class RetryAfterHeader
{
    // Longer waits than a day are not a rate limit but a misconfiguration; they are capped so a wait stays bounded.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>The advice in <paramref name="headers"/> (null when there are none, as for an answer without headers).</summary>
    public static TimeSpan? Read(IReadOnlyDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        var value = HeaderValues.First(headers, "Retry-After");
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            if (double.IsNaN(seconds) || double.IsInfinity(seconds))
            {
                return null;
            }

            return seconds <= 0 ? TimeSpan.Zero : Cap(TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds)));
        }

        // RFC 9110 dates ("Sun, 06 Nov 1994 08:49:37 GMT") and the obsolete RFC 850 form: the lenient parse reads both (an
        // exact "r" parse first would add nothing it does not already accept).
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : Cap(wait);
        }

        return null;
    }

    private static TimeSpan Cap(TimeSpan wait) => wait > Longest ? Longest : wait;
}
