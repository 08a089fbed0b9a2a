using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// The exact moments a task changes: queued until the queue time has passed, progress 1..99 in proportion while
/// processing, completed at the end, links dead the moment they expire (queued 10 s, processing 100 s).
/// </summary>
public sealed class TaskTimingTests : IAsyncLifetime
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Each_status_starts_exactly_when_its_time_has_passed()
    {
        var id = await _api.CreateExampleAsync();

        await AtAsync(id, TimeSpan.FromSeconds(10) - Tick, "queued", 0);
        await AtAsync(id, TimeSpan.FromSeconds(10), "processing", 1);
        await AtAsync(id, TimeSpan.FromSeconds(60), "processing", 50);
        await AtAsync(id, TimeSpan.FromSeconds(110) - Tick, "processing", 98);
        await AtAsync(id, TimeSpan.FromSeconds(110), "completed", 100);
    }

    [Theory]
    [InlineData(20, 10)]
    [InlineData(35, 25)]
    [InlineData(109, 98)]
    public async Task Progress_is_one_plus_98_hundredths_of_the_processing_done(int seconds, int progress)
    {
        var id = await _api.CreateExampleAsync();

        await AtAsync(id, TimeSpan.FromSeconds(seconds), "processing", progress);
    }

    [Fact]
    public async Task A_cancelled_task_ends_at_the_cancel_with_zero_progress()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(4));

        var cancelled = await _api.CancelAsync(id);
        _api.Clock.Advance(TimeSpan.FromSeconds(500));
        var later = await _api.GetAsync(id);

        Assert.Equal("cancelled", cancelled.Text("status"));
        Assert.Equal(id, cancelled.Text("task_id"));
        Assert.True(cancelled.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal(1.0, cancelled.Json.GetProperty("refunded_quota").GetDouble());
        Assert.Equal("cancelled", later.Text("status"));
        Assert.Equal(0, later.Number("progress"));
        Assert.Equal(FakeApi.Start.AddSeconds(4).ToUnixTimeMilliseconds(), later.Number("completed_at"));
        Assert.False(later.Json.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task The_refund_is_the_configured_quota()
    {
        await using var api = new FakeApi(options => options.RefundedQuota = 2.5);
        var id = await api.CreateExampleAsync();

        var cancelled = await api.CancelAsync(id);

        Assert.Equal(2.5, cancelled.Json.GetProperty("refunded_quota").GetDouble());
    }

    [Fact]
    public async Task A_refused_cancel_says_what_the_task_is()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(10));

        var refused = await _api.CancelAsync(id);

        ErrorBodyAssert.Valid(refused, HttpStatusCode.BadRequest, "task_not_cancellable");
        Assert.Equal($"Task '{id}' is processing; only a queued task can be cancelled.", refused.ErrorMessage);
    }

    [Fact]
    public async Task A_failed_task_keeps_the_progress_it_reached_and_ends_when_failed()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(60));
        _api.Server.FailTask(id, "out of GPUs");
        _api.Clock.Advance(TimeSpan.FromSeconds(100));

        var failed = await _api.GetAsync(id);

        Assert.Equal("failed", failed.Text("status"));
        Assert.Equal(50, failed.Number("progress"));
        Assert.Equal(FakeApi.Start.AddSeconds(60).ToUnixTimeMilliseconds(), failed.Number("completed_at"));
        Assert.Equal("out of GPUs", failed.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("task_failed", failed.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_task_failed_in_advance_fails_at_99_when_it_would_have_completed()
    {
        _api.Server.FailNextTasks(1, "quota");
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(110));

        var failed = await _api.GetAsync(id);

        Assert.Equal("failed", failed.Text("status"));
        Assert.Equal(99, failed.Number("progress"));
        Assert.Equal(FakeApi.Start.AddSeconds(110).ToUnixTimeMilliseconds(), failed.Number("completed_at"));
    }

    [Fact]
    public async Task Without_queue_or_processing_time_a_task_is_complete_at_once()
    {
        await using var api = new FakeApi(options =>
        {
            options.QueuedDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
        });

        var created = await api.CreateAsync(Requests.Minimal);

        Assert.Equal("completed", created.Text("status"));
        Assert.Equal(100, created.Number("progress"));
    }

    [Fact]
    public async Task Negative_queue_and_processing_times_count_as_zero()
    {
        await using var api = new FakeApi(options =>
        {
            options.QueuedDuration = TimeSpan.FromSeconds(-5);
            options.ProcessingDuration = TimeSpan.FromSeconds(-5);
        });
        var id = (await api.CreateAsync(Requests.Minimal)).Text("task_id");

        var task = await api.GetAsync(id);

        Assert.Equal("completed", task.Text("status"));
        Assert.Equal(FakeApi.Start.ToUnixTimeMilliseconds(), task.Number("completed_at"));
    }

    [Fact]
    public async Task A_negative_queue_time_starts_processing_at_creation()
    {
        await using var api = new FakeApi(options => options.QueuedDuration = TimeSpan.FromSeconds(-50));
        var id = (await api.CreateAsync(Requests.Minimal)).Text("task_id");

        var task = await api.GetAsync(id);
        api.Clock.Advance(TimeSpan.FromSeconds(100));
        var done = await api.GetAsync(id);

        Assert.Equal("processing", task.Text("status"));
        Assert.Equal(1, task.Number("progress"));
        Assert.Equal(FakeApi.Start.AddSeconds(100).ToUnixTimeMilliseconds(), done.Number("completed_at"));
    }

    [Fact]
    public async Task Task_ids_carry_the_creation_second_and_a_sequence_number()
    {
        var seconds = FakeApi.Start.ToUnixTimeSeconds();

        var first = (await _api.CreateAsync(Requests.Minimal)).Text("task_id");
        var second = (await _api.CreateAsync(Requests.Minimal)).Text("task_id");

        Assert.Matches($"^task-fake{seconds}b1[0-9a-f]{{8}}$", first);
        Assert.Matches($"^task-fake{seconds}b2[0-9a-f]{{8}}$", second);
    }

    [Fact]
    public async Task The_sequence_number_in_a_task_id_is_hexadecimal()
    {
        string id = "";
        for (var i = 0; i < 10; i++)
        {
            id = (await _api.CreateAsync(Requests.Minimal)).Text("task_id");
        }

        Assert.Matches($"^task-fake{FakeApi.Start.ToUnixTimeSeconds()}ba[0-9a-f]{{8}}$", id);
    }

    [Fact]
    public async Task A_link_is_dead_at_the_moment_it_expires_and_says_when()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(110));
        var link = (await _api.GetAsync(id)).Json.GetProperty("result").GetProperty("videos")[0].GetProperty("url").GetString()!;
        _api.Clock.Advance(TimeSpan.FromHours(24) - Tick);
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync(link)).StatusCode);

        _api.Clock.Advance(Tick);
        var expired = await _api.SendAsync(HttpMethod.Get, link, content: null);

        ErrorBodyAssert.Valid(expired, HttpStatusCode.Gone, "link_expired");
        var expiresAt = FakeApi.Start.AddSeconds(110).AddHours(24).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"The link of task '{id}' expired at {expiresAt}; links live 1.00:00:00.", expired.ErrorMessage);
    }

    [Fact]
    public async Task A_video_of_a_running_task_says_why_it_is_missing()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(20));

        var response = await _api.SendAsync(HttpMethod.Get, $"videos/{id}.mp4", content: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "video_not_found");
        Assert.Equal($"Task '{id}' has no video: it is processing.", response.ErrorMessage);
    }

    [Fact]
    public async Task An_unknown_video_names_the_retention()
    {
        var response = await _api.SendAsync(HttpMethod.Get, "videos/task-gone.mp4", content: null);

        Assert.Equal("No video has the id 'task-gone' (an ended task and its video are kept 2.00:00:00).", response.ErrorMessage);
    }

    [Fact]
    public async Task A_task_is_forgotten_exactly_at_its_retention()
    {
        await using var api = new FakeApi(options => options.TaskRetention = TimeSpan.FromSeconds(30));
        var id = await api.CreateExampleAsync();
        api.Clock.Advance(TimeSpan.FromSeconds(140) - Tick);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(id)).Status);
        Assert.Equal(1, api.Server.TaskCount);

        api.Clock.Advance(Tick);

        Assert.Equal(0, api.Server.TaskCount);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(id)).Status);
    }

    private async Task AtAsync(string id, TimeSpan sinceStart, string status, int progress)
    {
        _api.Clock.Advance(FakeApi.Start + sinceStart - _api.Clock.GetUtcNow());
        var task = await _api.GetAsync(id);
        Assert.Equal(status, task.Text("status"));
        Assert.Equal(progress, task.Number("progress"));
    }
}
