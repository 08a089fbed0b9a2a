using System;
using System.Globalization;
using System.Threading.Tasks;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Wire;

/// <summary>Times no task can have (negative, zero, past the year 9999) read as "unknown", never as an exception.</summary>
public class OutOfRangeTimesTests
{
    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253_402_300_800_000)]
    [InlineData(-1)]
    [InlineData(0)]
    public async Task Out_of_range_task_times_are_null(long value)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        var json = "{\"task_id\":\"t1\",\"status\":\"completed\",\"created_at\":" + number + ",\"completed_at\":" + number
            + ",\"result\":{\"videos\":[{\"url\":\"https://cdn.example.com/a.mp4\",\"expires_at\":" + number + "}]}}";

        var task = await CapturingHandler.Client(new CapturingHandler(json)).GetTaskAsync("t1");

        Assert.Equal(value, task.CreatedAt);
        Assert.Null(task.CreatedTime);
        Assert.Null(task.CompletedTime);
        Assert.Null(Assert.Single(task.Result!.Videos!).ExpiresTime);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(-5)]
    public async Task Out_of_range_create_time_is_null(long value)
    {
        var json = "{\"task_id\":\"t1\",\"status\":\"queued\",\"created_at\":" + value.ToString(CultureInfo.InvariantCulture) + "}";

        var created = await CapturingHandler.Client(new CapturingHandler(json)).CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "dog" });

        Assert.Null(created.CreatedTime);
    }

    [Theory]
    [InlineData(253_402_300_799_999, "9999-12-31T23:59:59.9990000+00:00")]
    [InlineData(99_999_999_999, "5138-11-16T09:46:39.0000000+00:00")]
    [InlineData(1, "1970-01-01T00:00:01.0000000+00:00")]
    public void Expiry_at_the_edges_of_the_range_is_still_read(long value, string expected)
    {
        var video = new TaskVideo { ExpiresAt = value };

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), video.ExpiresTime);
    }
}
