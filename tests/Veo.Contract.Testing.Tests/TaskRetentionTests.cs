using System;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>The fake forgets ended tasks after the retention and never holds more than MaxStoredTasks.</summary>
public sealed class TaskRetentionTests
{
    // FakeApi's tasks complete 110 s after they are created.
    private static readonly TimeSpan Completion = TimeSpan.FromSeconds(110);

    [Fact]
    public async Task A_completed_task_and_its_video_are_gone_after_the_retention()
    {
        await using var api = new FakeApi(options => options.TaskRetention = TimeSpan.FromHours(2));
        var id = await api.CreateExampleAsync();
        api.Clock.Advance(Completion + TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync($"videos/{id}.mp4")).StatusCode);

        api.Clock.Advance(TimeSpan.FromSeconds(1));

        ErrorBodyAssert.Valid(await api.GetAsync(id), HttpStatusCode.NotFound, "task_not_found");
        var video = await api.Http.GetAsync($"videos/{id}.mp4");
        ErrorBodyAssert.Valid(new ApiResponse(video, await video.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
        Assert.Equal(0, api.Server.TaskCount);
        Assert.Empty(api.Server.Tasks);
        Assert.Null(api.Server.FindTask(id));
    }

    [Fact]
    public async Task Retention_counts_from_the_end_so_a_running_task_is_never_forgotten()
    {
        await using var api = new FakeApi(options =>
        {
            options.TaskRetention = TimeSpan.FromMinutes(1);
            options.ProcessingDuration = TimeSpan.FromHours(3);
        });
        var running = await api.CreateExampleAsync();
        var cancelled = await api.CreateExampleAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(cancelled)).Status);

        api.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal("processing", (await api.GetAsync(running)).Text("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(cancelled)).Status);
    }

    [Fact]
    public async Task The_default_keeps_a_task_a_day_past_its_24_hour_link()
    {
        await using var api = new FakeApi();
        var id = await api.CreateExampleAsync();

        api.Clock.Advance(Completion + TimeSpan.FromHours(48) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Gone, (await api.Http.GetAsync($"videos/{id}.mp4")).StatusCode);
        api.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_full_store_forgets_the_oldest_ended_task_first()
    {
        await using var api = new FakeApi(options => options.MaxStoredTasks = 3);
        var oldest = await api.CreateExampleAsync();
        var middle = await api.CreateExampleAsync();
        var cancelled = await api.CreateExampleAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(cancelled)).Status);

        var fourth = await api.CreateExampleAsync(); // only the cancelled task has ended: it makes room
        api.Clock.Advance(Completion);
        var fifth = await api.CreateExampleAsync(); // now the oldest completed task makes room

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(cancelled)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(oldest)).Status);
        foreach (var id in new[] { middle, fourth, fifth })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(id)).Status);
        }

        Assert.Equal(3, api.Server.TaskCount);
    }

    [Fact]
    public async Task A_store_full_of_running_tasks_refuses_a_create_with_429()
    {
        await using var api = new FakeApi(options => options.MaxStoredTasks = 2);
        await api.CreateExampleAsync();
        await api.CreateExampleAsync();

        var refused = await api.CreateAsync(Requests.Minimal);

        ErrorBodyAssert.Valid(refused, (HttpStatusCode)429, "task_store_full");
        Assert.Contains("MaxStoredTasks", refused.ErrorMessage);
        Assert.Equal(2, api.Server.TaskCount);
    }

    [Fact]
    public async Task Many_creates_stay_within_the_cap()
    {
        await using var api = new FakeApi(options => options.MaxStoredTasks = 50);
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.CreateAsync(Requests.Minimal)).Status);
            api.Clock.Advance(TimeSpan.FromSeconds(10)); // ends one task per create, once the first are done
        }

        Assert.Equal(50, api.Server.TaskCount);
    }

    [Fact]
    public void Retention_and_cap_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { TaskRetention = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { MaxStoredTasks = 0 }));
    }

    [Fact]
    public async Task The_standalone_host_forgets_after_its_retention_option()
    {
        using var host = StandaloneHost.Start("--urls", "http://127.0.0.1:0", "--complete-after", "200ms", "--retention", "300ms");
        using var http = new System.Net.Http.HttpClient { BaseAddress = await host.ListeningAsync() };
        var api = new ApiCaller(http);
        var id = (await api.CreateAsync(Requests.Minimal, key: FakeVeoServer.DefaultApiKey)).Text("task_id");

        var deadline = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            status = (await api.GetAsync(id, key: FakeVeoServer.DefaultApiKey)).Status;
        }
        while (status == HttpStatusCode.OK && deadline.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("kept 00:00:00.3", host.Output);
    }
}
