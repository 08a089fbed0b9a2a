using System;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Operations;

/// <summary>The waits between status reads, and what a 429's Retry-After does to them.</summary>
public class PollingScheduleTests
{
    private static readonly TimeSpan Two = TimeSpan.FromSeconds(2);

    [Fact]
    public void Waits_grow_by_half_and_stop_at_the_maximum()
    {
        var schedule = new PollingSchedule(Two, TimeSpan.FromSeconds(5));

        Assert.Equal(new[] { 2.0, 3.0, 4.5, 5.0, 5.0 }, new[] { Seconds(schedule.Next()), Seconds(schedule.Next()), Seconds(schedule.Next()), Seconds(schedule.Next()), Seconds(schedule.Next()) });
    }

    [Fact]
    public void A_maximum_below_the_first_wait_keeps_the_first_wait()
    {
        var schedule = new PollingSchedule(TimeSpan.FromSeconds(4), Two);

        Assert.Equal(4.0, Seconds(schedule.Next()));
        Assert.Equal(4.0, Seconds(schedule.Next()));
    }

    [Theory]
    [InlineData(null, 2.0)]
    [InlineData(-30.0, 2.0)]
    [InlineData(0.0, 2.0)]
    [InlineData(1.0, 2.0)]
    [InlineData(2.0, 2.0)]
    [InlineData(2.5, 2.5)]
    [InlineData(600.0, 600.0)]
    public void After_a_429_the_wait_is_Retry_After_but_never_less_than_the_regular_wait(double? retryAfter, double expected)
    {
        var schedule = new PollingSchedule(Two, TimeSpan.FromSeconds(60));

        var wait = schedule.AfterRateLimit(retryAfter is { } s ? TimeSpan.FromSeconds(s) : null);

        Assert.Equal(expected, Seconds(wait));
    }

    [Fact]
    public void A_429_makes_the_regular_interval_grow()
    {
        var schedule = new PollingSchedule(Two, TimeSpan.FromSeconds(60));

        schedule.AfterRateLimit(TimeSpan.FromSeconds(30));
        var afterFirst = schedule.AfterRateLimit(null);

        Assert.Equal(3.0, Seconds(afterFirst));
        Assert.Equal(4.5, Seconds(schedule.Next()));
    }

    private static double Seconds(TimeSpan wait) => wait.TotalSeconds;
}
