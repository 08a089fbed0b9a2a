using System;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Tasks move queued → processing → completed on the fake's clock; cancel and failure as the vendor documents.</summary>
public sealed class TaskLifecycleTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Create_answers_a_queued_task_with_zero_progress_and_a_task_id()
    {
        var created = await _api.CreateAsync(Requests.VendorExample);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Matches("^task-[A-Za-z0-9]+$", created.Text("task_id"));
        Assert.Equal("queued", created.Text("status"));
        Assert.Equal(0, created.Number("progress"));
        Assert.Equal("veo-3.1", created.Text("model"));
        Assert.Equal("generate", created.Text("action"));
        Assert.Equal(FakeApi.Start.ToUnixTimeMilliseconds(), created.Number("created_at"));
    }

    [Fact]
    public async Task Action_defaults_to_generate_when_not_sent()
    {
        var created = await _api.CreateAsync(Requests.Minimal);

        Assert.Equal("generate", created.Text("action"));
    }

    [Fact]
    public async Task Task_ids_are_unique()
    {
        var first = await _api.CreateAsync(Requests.Minimal);
        var second = await _api.CreateAsync(Requests.Minimal);

        Assert.NotEqual(first.Text("task_id"), second.Text("task_id"));
    }

    [Fact]
    public async Task Status_advances_with_the_clock_and_progress_rises_to_completed()
    {
        var id = await _api.CreateExampleAsync();

        var queued = await _api.GetAsync(id);
        Assert.Equal("queued", queued.Text("status"));
        Assert.Equal(0, queued.Number("progress"));
        Assert.False(queued.Json.TryGetProperty("completed_at", out _));
        Assert.False(queued.Json.TryGetProperty("result", out _));

        _api.Clock.Advance(TimeSpan.FromSeconds(20));
        var early = await _api.GetAsync(id);
        _api.Clock.Advance(TimeSpan.FromSeconds(50));
        var late = await _api.GetAsync(id);
        Assert.Equal("processing", early.Text("status"));
        Assert.Equal("processing", late.Text("status"));
        Assert.InRange(early.Number("progress"), 1, 99);
        Assert.True(late.Number("progress") > early.Number("progress"), "progress should rise while processing");

        _api.Clock.Advance(TimeSpan.FromSeconds(40));
        var done = await _api.GetAsync(id);
        Assert.Equal("completed", done.Text("status"));
        Assert.Equal(100, done.Number("progress"));
        var completedAt = FakeApi.Start.AddSeconds(110);
        Assert.Equal(completedAt.ToUnixTimeMilliseconds(), done.Number("completed_at"));
        var video = Assert.Single(done.Json.GetProperty("result").GetProperty("videos").EnumerateArray());
        Assert.Equal($"http://fake-veo.test/videos/{id}.mp4", video.GetProperty("url").GetString());
        Assert.Equal(completedAt.AddHours(24).ToUnixTimeSeconds(), video.GetProperty("expires_at").GetInt64());
        Assert.False(done.Json.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Task_links_point_at_the_get_and_cancel_endpoints()
    {
        var id = await _api.CreateExampleAsync();

        var urls = (await _api.GetAsync(id)).Json.GetProperty("urls");

        Assert.Equal($"http://fake-veo.test/v1/tasks/{id}", urls.GetProperty("get").GetString());
        Assert.Equal($"http://fake-veo.test/v1/tasks/{id}/cancel", urls.GetProperty("cancel").GetString());
    }

    [Fact]
    public async Task Cancel_works_while_queued_and_refunds()
    {
        var id = await _api.CreateExampleAsync();

        var cancelled = await _api.CancelAsync(id);

        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal(id, cancelled.Text("task_id"));
        Assert.Equal("cancelled", cancelled.Text("status"));
        Assert.True(cancelled.Json.GetProperty("refunded").GetBoolean());
        Assert.True(cancelled.Json.GetProperty("refunded_quota").GetDouble() > 0);

        _api.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await _api.GetAsync(id);
        Assert.Equal("cancelled", later.Text("status"));
        Assert.Equal(FakeApi.Start.ToUnixTimeMilliseconds(), later.Number("completed_at"));
        Assert.False(later.Json.TryGetProperty("result", out _));
    }

    [Theory]
    [InlineData(20, "processing")]
    [InlineData(200, "completed")]
    public async Task Cancel_of_a_task_that_is_no_longer_queued_is_refused(int seconds, string status)
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(seconds));

        var refused = await _api.CancelAsync(id);

        ErrorBodyAssert.Valid(refused, HttpStatusCode.BadRequest, "task_not_cancellable");
        Assert.Contains(status, refused.ErrorMessage);
        Assert.Equal(status, (await _api.GetAsync(id)).Text("status"));
    }

    [Fact]
    public async Task Cancel_twice_is_refused_the_second_time()
    {
        var id = await _api.CreateExampleAsync();
        await _api.CancelAsync(id);

        var again = await _api.CancelAsync(id);

        ErrorBodyAssert.Valid(again, HttpStatusCode.BadRequest, "task_not_cancellable");
    }

    [Fact]
    public async Task Unknown_ids_get_404_on_get_and_cancel()
    {
        ErrorBodyAssert.Valid(await _api.GetAsync("task-doesnotexist"), HttpStatusCode.NotFound, "task_not_found");
        ErrorBodyAssert.Valid(await _api.CancelAsync("task-doesnotexist"), HttpStatusCode.NotFound, "task_not_found");
    }

    [Fact]
    public async Task FailTask_fails_a_running_task_with_task_failed()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.True(_api.Server.FailTask(id, "Rejected by the safety filter."));

        var failed = await _api.GetAsync(id);
        Assert.Equal("failed", failed.Text("status"));
        var error = failed.Json.GetProperty("error");
        Assert.Equal("task_failed", error.GetProperty("code").GetString());
        Assert.Equal("Rejected by the safety filter.", error.GetProperty("message").GetString());
        Assert.Equal(FakeApi.Start.AddSeconds(30).ToUnixTimeMilliseconds(), failed.Number("completed_at"));
        Assert.False(failed.Json.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task FailTask_refuses_unknown_and_ended_tasks()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(_api.Server.FailTask("task-doesnotexist"));
        Assert.False(_api.Server.FailTask(id));
        Assert.Equal("completed", (await _api.GetAsync(id)).Text("status"));
    }

    [Fact]
    public async Task FailNextTasks_fails_only_the_next_tasks_when_they_would_complete()
    {
        _api.Server.FailNextTasks(1);
        var doomed = await _api.CreateExampleAsync();
        var fine = await _api.CreateExampleAsync();

        _api.Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("processing", (await _api.GetAsync(doomed)).Text("status"));

        _api.Clock.Advance(TimeSpan.FromMinutes(5));
        var failed = await _api.GetAsync(doomed);
        Assert.Equal("failed", failed.Text("status"));
        Assert.Equal("task_failed", failed.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("completed", (await _api.GetAsync(fine)).Text("status"));
    }

    [Fact]
    public async Task CompleteAfter_sets_the_total_time_to_completion()
    {
        await using var api = new FakeApi(options => options.CompleteAfter(TimeSpan.FromSeconds(3)));
        var id = await api.CreateExampleAsync();

        api.Clock.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.Equal("processing", (await api.GetAsync(id)).Text("status"));
        api.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("completed", (await api.GetAsync(id)).Text("status"));
    }

    [Fact]
    public async Task The_generated_client_drives_a_task_to_completion_on_the_fake()
    {
        var client = _api.Server.CreateVeoClient(); // sends the server's own key
        var created = await client.CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A fox in the snow" });
        _api.Clock.Advance(TimeSpan.FromMinutes(3));

        var task = await client.GetTaskAsync(created.TaskId);

        Assert.Equal(VeoTaskStatuses.Completed, task.Status);
        Assert.Equal(100, task.Progress);
        var video = Assert.Single(task.Result!.Videos!);
        Assert.Equal(new Uri($"http://fake-veo.test/videos/{created.TaskId}.mp4"), Assert.Single(video.Urls));
    }
}
