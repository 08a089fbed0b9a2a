using System;
using System.Collections.Generic;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>Every form a server may put in Retry-After reads as no advice or as a wait between zero and one day; none throws.</summary>
public class RetryAfterHeaderTests
{
    [Theory]
    [InlineData("7", 7.0)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("0", 0.0)]
    [InlineData("-5", 0.0)]
    [InlineData("1e12", 86400.0)]
    [InlineData("Sat, 04 Apr 2026 06:46:30 GMT", 30.0)]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT", 0.0)]
    [InlineData("Sat, 04 Apr 2026 06:46:00 GMT", 0.0)]
    [InlineData("Sat, 04 Apr 2026 06:45:59 GMT", 0.0)]
    [InlineData("Sun, 05 Apr 2026 06:46:00 GMT", 86400.0)]
    [InlineData("Sun, 05 Apr 2026 06:46:01 GMT", 86400.0)]
    [InlineData("Saturday, 04-Apr-26 06:46:30 GMT", 30.0)]
    [InlineData("86399.5", 86399.5)]
    [InlineData("0.25", 0.25)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", 86400.0)]
    [InlineData("NaN", null)]
    [InlineData("Infinity", null)]
    [InlineData("-Infinity", null)]
    [InlineData("soon", null)]
    [InlineData("", null)]
    public void Reads_each_form_without_throwing(string value, double? seconds)
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["retry-after"] = new[] { value } };

        var wait = RetryAfterHeader.Read(headers, TestClock.Start);

        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, wait);
    }

    [Fact]
    public void No_header_is_no_advice_and_only_the_first_value_counts()
    {
        Assert.Null(RetryAfterHeader.Read(null, TestClock.Start));
        Assert.Null(RetryAfterHeader.Read(new Dictionary<string, IEnumerable<string>>(), TestClock.Start));
        Assert.Null(RetryAfterHeader.Read(new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = new[] { "  " } }, TestClock.Start));
        Assert.Equal(
            TimeSpan.FromSeconds(4),
            RetryAfterHeader.Read(new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = new[] { "4", "90" } }, TestClock.Start));
    }
}
