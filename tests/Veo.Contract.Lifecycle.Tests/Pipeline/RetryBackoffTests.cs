using System;
using System.Linq;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// The delay before a retry: doubled per retry with ±20 % jitter, capped at a day, never below Retry-After or the floor.
/// The jitter is random, so each property is checked over many draws.
/// </summary>
public class RetryBackoffTests
{
    private const int Draws = 300;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(4, 8.0)]
    public void Each_retry_doubles_the_delay_within_twenty_percent(int retry, double nominal)
    {
        var delays = Draw(() => RetryBackoff.For(retry, Second, null, TimeSpan.Zero));

        Assert.All(delays, delay => Assert.InRange(delay, nominal * 0.8, nominal * 1.2));

        // Spread, so clients that failed together do not retry together.
        Assert.True(delays.Min() < nominal * 0.9 && delays.Max() > nominal * 1.1, $"{delays.Min()}..{delays.Max()} is not spread over ±20 %");
    }

    [Fact]
    public void The_doubling_stops_at_the_seventeenth_retry_and_the_delay_at_one_day()
    {
        var millisecond = TimeSpan.FromMilliseconds(1);
        var late = Draw(() => RetryBackoff.For(40, millisecond, null, TimeSpan.Zero));
        Assert.All(late, delay => Assert.InRange(delay, 65.536 * 0.8, 65.536 * 1.2));

        var huge = Draw(() => RetryBackoff.For(17, TimeSpan.FromHours(1), null, TimeSpan.Zero));
        Assert.All(huge, delay => Assert.Equal(TimeSpan.FromDays(1).TotalSeconds, delay));
    }

    [Fact]
    public void A_longer_Retry_After_wins_and_a_shorter_one_does_not_shorten_the_delay()
    {
        Assert.All(Draw(() => RetryBackoff.For(1, Second, TimeSpan.FromSeconds(30), TimeSpan.Zero)), delay => Assert.Equal(30.0, delay));
        Assert.All(Draw(() => RetryBackoff.For(1, Second, TimeSpan.FromMilliseconds(100), TimeSpan.Zero)), delay => Assert.InRange(delay, 0.8, 1.2));
        Assert.All(Draw(() => RetryBackoff.For(1, Second, TimeSpan.FromSeconds(-5), TimeSpan.Zero)), delay => Assert.InRange(delay, 0.8, 1.2));
    }

    [Fact]
    public void The_floor_lifts_a_shorter_delay_and_leaves_a_longer_one()
    {
        Assert.All(Draw(() => RetryBackoff.For(1, Second, null, TimeSpan.FromSeconds(5))), delay => Assert.Equal(5.0, delay));
        Assert.All(Draw(() => RetryBackoff.For(1, Second, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(5))), delay => Assert.Equal(9.0, delay));
        Assert.All(Draw(() => RetryBackoff.For(1, Second, null, TimeSpan.FromMilliseconds(100))), delay => Assert.InRange(delay, 0.8, 1.2));
    }

    private static double[] Draw(Func<TimeSpan> delay) => Enumerable.Range(0, Draws).Select(_ => delay().TotalSeconds).ToArray();
}
