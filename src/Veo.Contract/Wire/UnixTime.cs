using System;

namespace Veo.Contract;

/// <summary>
/// Converts the API's Unix times, which the vendor's pages give in milliseconds or in seconds. A value no task can have
/// (zero, negative, or past the year 9999) means "unknown" and becomes null: server data must never throw from a getter.
/// </summary>
internal static class UnixTime
{
    // 10^11 seconds is the year 5138, and 10^11 milliseconds is March 1973: a larger value can only be milliseconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    // DateTimeOffset.MaxValue (9999-12-31T23:59:59.999Z) in Unix milliseconds; FromUnixTimeMilliseconds throws above it.
    private const long LargestMilliseconds = 253_402_300_799_999;

    public static DateTimeOffset? FromMilliseconds(long? value)
        => value is { } ms && ms > 0 && ms <= LargestMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static DateTimeOffset? FromSecondsOrMilliseconds(long? value)
        => value switch
        {
            null or <= 0 => null,
            >= MillisecondsThreshold => FromMilliseconds(value),
            _ => DateTimeOffset.FromUnixTimeSeconds(value.Value),
        };
}
