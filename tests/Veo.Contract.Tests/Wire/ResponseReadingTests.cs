using System;
using System.Linq;
using System.Threading.Tasks;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Wire;

/// <summary>Responses in every shape the vendor's pages document, read through the client as users will.</summary>
public class ResponseReadingTests
{
    private static Task<VeoTask> GetAsync(string golden)
        => CapturingHandler.Client(new CapturingHandler(Golden.Read(golden))).GetTaskAsync("task-wave1775285160b950328499");

    [Fact]
    public async Task Vendor_sample_create_response_is_read_with_created_at_in_milliseconds()
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        var created = await CapturingHandler.Client(handler).CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "dog" });

        Assert.Equal("task-wave1775285160b950328499", created.TaskId);
        Assert.Equal("veo-3.1", created.Model);
        Assert.Equal("generate", created.Action);
        Assert.Equal(VeoTaskStatuses.Queued, created.Status);
        Assert.Equal(0, created.Progress);
        Assert.Equal(1775285160040, created.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 4, 6, 46, 0, 40, TimeSpan.Zero), created.CreatedTime);
    }

    [Fact]
    public async Task Completed_status_with_url_string_and_expiry_in_seconds()
    {
        var task = await GetAsync("status-completed-url-string-seconds.json");

        Assert.Equal(VeoTaskStatuses.Completed, task.Status);
        Assert.Equal(100, task.Progress);
        Assert.Equal(new DateTimeOffset(2026, 4, 4, 6, 49, 2, 117, TimeSpan.Zero), task.CompletedTime);
        var video = Assert.Single(task.Result!.Videos!);
        Assert.Equal(new[] { new Uri("https://cdn.example.com/v/a.mp4") }, video.Urls);
        Assert.Equal(new DateTimeOffset(2026, 4, 5, 6, 49, 2, TimeSpan.Zero), video.ExpiresTime);
        Assert.Equal(new Uri("https://qingbo.dev/v1/tasks/task-wave1775285160b950328499/cancel"), task.Urls!.Cancel);
    }

    [Fact]
    public async Task Completed_status_with_url_array_and_expiry_in_milliseconds()
    {
        var task = await GetAsync("status-completed-url-array-milliseconds.json");

        var video = Assert.Single(task.Result!.Videos!);
        Assert.Equal(new[] { "https://cdn.example.com/v/a.mp4", "https://cdn2.example.com/v/a.mp4" }, video.Urls.Select(u => u.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 4, 5, 6, 49, 2, TimeSpan.Zero), video.ExpiresTime);
    }

    [Fact]
    public async Task Failed_status_carries_the_vendor_error()
    {
        var task = await GetAsync("status-failed.json");

        Assert.Equal(VeoTaskStatuses.Failed, task.Status);
        Assert.Equal("task_failed", task.Error!.Code);
        Assert.Equal("The prompt was rejected by the safety filter.", task.Error.Message);
        Assert.Null(task.Result);
    }

    [Fact]
    public async Task Unknown_status_and_unknown_fields_do_not_break_reading()
    {
        var task = await GetAsync("status-unknown-future-shape.json");

        Assert.Equal("awaiting_review", task.Status);
        Assert.DoesNotContain(task.Status, VeoTaskStatuses.All);
        Assert.Equal(55, task.Progress);
        Assert.True(task.AdditionalProperties.ContainsKey("eta_seconds"));
        Assert.Empty(Assert.Single(task.Result!.Videos!).Urls);
        Assert.Null(Assert.Single(task.Result.Videos!).ExpiresTime);
    }

    [Fact]
    public async Task Cancel_response_is_read()
    {
        var json = "{\"task_id\":\"task-x1\",\"status\":\"cancelled\",\"refunded\":true,\"refunded_quota\":0.5}";
        var cancelled = await CapturingHandler.Client(new CapturingHandler(json)).CancelTaskAsync("task-x1");

        Assert.Equal(VeoTaskStatuses.Cancelled, cancelled.Status);
        Assert.True(cancelled.Refunded);
        Assert.Equal(0.5, cancelled.RefundedQuota);
    }
}
