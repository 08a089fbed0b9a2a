using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// "Created, then the answer was lost": the task exists (and is billed) although the client saw a failure, and a
/// test finds it through the fake's task list.
/// </summary>
public sealed class OrphanedTaskTests : IAsyncLifetime
{
    private const string Prompt = "A paper boat drifting down a rainy street";
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_500_after_create_leaves_a_queued_task_the_client_never_heard_of()
    {
        var client = new VeoClient(_api.Server.CreateHttpClient(), new VeoClientOptions { ApiKey = FakeApi.Key }, _api.Clock);
        _api.Server.InjectFault(FakeVeoFault.CreatedThenServerError());

        var error = await Assert.ThrowsAsync<VeoServerException>(() => client.CreateTaskAsync(Request()));

        Assert.Equal(500, error.StatusCode);
        var orphan = Assert.Single(_api.Server.Tasks, task => task.Prompt == Prompt);
        Assert.Equal(VeoTaskStatuses.Queued, orphan.Status);
        Assert.Equal(FakeApi.Start, orphan.CreatedAt);
        Assert.Equal(VeoModels.Veo31, orphan.Model);
        Assert.Equal(VeoTaskStatuses.Queued, (await client.GetTaskAsync(orphan.TaskId)).Status);
    }

    [Fact]
    public async Task A_dropped_connection_after_create_leaves_the_task_in_process()
    {
        var client = new VeoClient(_api.Server.CreateHttpClient(), new VeoClientOptions { ApiKey = FakeApi.Key }, _api.Clock);
        _api.Server.InjectFault(FakeVeoFault.CreatedThenDropConnection());

        var error = await Record.ExceptionAsync(() => client.CreateTaskAsync(Request()));

        Assert.True(error is HttpRequestException or VeoException, $"unexpected {error?.GetType()}");
        Assert.Equal(Prompt, Assert.Single(_api.Server.Tasks).Prompt);
    }

    [Fact]
    public async Task A_dropped_connection_after_create_leaves_the_task_over_loopback()
    {
        var address = await _api.Server.StartLoopbackAsync();
        var client = new VeoClient(new HttpClient { BaseAddress = address }, new VeoClientOptions { ApiKey = FakeApi.Key }, _api.Clock);
        _api.Server.InjectFault(FakeVeoFault.CreatedThenDropConnection());

        var error = await Record.ExceptionAsync(() => client.CreateTaskAsync(Request()));

        Assert.True(error is HttpRequestException or VeoException, $"unexpected {error?.GetType()}");
        var orphan = Assert.Single(_api.Server.Tasks);
        Assert.Equal(Prompt, orphan.Prompt);
        Assert.NotNull(_api.Server.FindTask(orphan.TaskId));
    }

    [Fact]
    public async Task A_create_answered_after_the_callers_timeout_still_made_its_task()
    {
        // The answer waits an hour on the fake clock, which does not move here: HttpClient.Timeout ends the call.
        var http = new HttpClient(_api.Server.CreateHandler()) { BaseAddress = FakeVeoServer.InProcessAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new VeoClient(http, new VeoClientOptions { ApiKey = FakeApi.Key }, _api.Clock);
        _api.Server.InjectFault(FakeVeoFault.CreatedThenSlowResponse(TimeSpan.FromHours(1)));

        await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => client.CreateTaskAsync(Request()));

        var orphan = Assert.Single(_api.Server.Tasks);
        Assert.Equal(Prompt, orphan.Prompt);
        Assert.Equal(FakeApi.Start, orphan.CreatedAt);
    }

    [Fact]
    public async Task A_slow_answer_after_create_carries_the_time_the_task_was_made()
    {
        _api.Server.InjectFault(FakeVeoFault.CreatedThenSlowResponse(TimeSpan.FromSeconds(30)));

        var pending = _api.CreateAsync(Requests.Minimal);
        Assert.Equal(1, _api.Server.TaskCount);
        _api.Clock.Advance(TimeSpan.FromSeconds(30));
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(FakeApi.Start.ToUnixTimeMilliseconds(), response.Number("created_at"));
    }

    [Fact]
    public async Task A_cancel_answered_with_500_still_cancelled_the_task()
    {
        var id = await _api.CreateExampleAsync();
        _api.Server.InjectFault(FakeVeoFault.CreatedThenServerError());

        ErrorBodyAssert.Valid(await _api.CancelAsync(id), HttpStatusCode.InternalServerError, "internal_error");

        Assert.Equal(VeoTaskStatuses.Cancelled, _api.Server.FindTask(id)!.Status);
    }

    [Fact]
    public async Task A_create_the_fake_refuses_makes_no_task_even_with_the_fault()
    {
        _api.Server.InjectFault(FakeVeoFault.CreatedThenServerError());

        var response = await _api.CreateAsync(Requests.Minimal, key: "wrong");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Empty(_api.Server.Tasks);
    }

    [Fact]
    public void The_delay_cannot_be_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeVeoFault.CreatedThenSlowResponse(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentNullException>(() => _api.Server.FindTask(null!));
    }

    [Fact]
    public async Task Tasks_lists_oldest_first_and_FindTask_misses_unknown_ids()
    {
        foreach (var prompt in new[] { "first", "second", "third" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"{{prompt}}"}""")).Status);
            _api.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(new[] { "first", "second", "third" }, _api.Server.Tasks.Select(task => task.Prompt));
        Assert.Null(_api.Server.FindTask("task-nope"));
    }

    private static CreateTaskRequest Request() => new() { Model = VeoModels.Veo31, Prompt = Prompt };
}
