using System;

namespace Veo.Contract;

/// <summary>Converts the API's Unix times, which the vendor's pages give in milliseconds or in seconds.</summary>
internal static class UnixTime
{
    // 10^11 seconds is the year 5138, and 10^11 milliseconds is March 1973: a larger value can only be milliseconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    public static DateTimeOffset? FromMilliseconds(long? value)
        => value is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static DateTimeOffset? FromSecondsOrMilliseconds(long? value)
        => value switch
        {
            null => null,
            >= MillisecondsThreshold => DateTimeOffset.FromUnixTimeMilliseconds(value.Value),
            _ => DateTimeOffset.FromUnixTimeSeconds(value.Value),
        };
}
