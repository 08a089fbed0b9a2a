using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Operations;

/// <summary>Polling against a hand-written stub: progress, back-off, deadline, cancellation and how a task can end.</summary>
public class WaitForCompletionTests
{
    private const string CompletedResult = "\"result\":{\"videos\":[{\"url\":\"https://cdn.stub.test/v.mp4\",\"expires_at\":1775371742}]}";
    private readonly TestClock _clock = new();

    [Fact]
    public async Task Reports_each_change_of_status_or_percent_once_in_order()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Task("queued", 0)
            .Task("processing", 10)
            .Task("processing", 10)
            .Task("processing", 55)
            .Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var reports = new List<string>();

        var operation = await client.SubmitAsync(Clients.VendorExample());
        var task = await _clock.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(p => reports.Add(p.ToString()))));

        Assert.Equal(TaskJson.TaskId, operation.Id);
        Assert.Equal(
            new[] { "queued 0", "processing 10", "processing 55", "completed 100" },
            reports.Select(report => report.Substring(report.IndexOf(' ', StringComparison.Ordinal) + 1).TrimEnd('%')));
        Assert.Equal("completed", task.Status);
        Assert.True(operation.HasCompleted);
        Assert.Same(task, operation.LastKnownTask);
    }

    [Fact]
    public async Task Waits_start_at_the_polling_interval_and_grow_by_half_up_to_the_maximum()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created);
        for (var i = 0; i < 6; i++)
        {
            handler.Task("processing", 10 + i);
        }

        handler.Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock, options =>
        {
            options.PollingInterval = TimeSpan.FromSeconds(2);
            options.MaxPollingInterval = TimeSpan.FromSeconds(8);
        });

        var operation = await client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal(new[] { 2.0, 3.0, 4.5, 6.75, 8.0, 8.0, 8.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task Completed_without_a_percent_is_reported_as_100()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("completed", null, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var last = default(VeoTaskProgress);

        var operation = await client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(p => last = p)));

        Assert.Equal(100, last!.Percent);
        Assert.True(last.HasEnded);
    }

    [Fact]
    public async Task A_status_the_client_does_not_know_yet_is_treated_as_still_running()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Task("upscaling", 90)
            .Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);

        var operation = await client.SubmitAsync(Clients.VendorExample());
        var task = await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal("completed", task.Status);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Passing_the_deadline_throws_a_timeout_that_names_the_task_to_resume()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created);
        for (var i = 0; i < 20; i++)
        {
            handler.Task("processing", 40);
        }

        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var timeout = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(20)))));

        Assert.Equal(TaskJson.TaskId, timeout.TaskId);
        Assert.Equal("processing", timeout.LastKnownTask!.Status);
        Assert.Equal(TimeSpan.FromSeconds(20), TimeSpan.FromTicks(_clock.Waits.Sum(wait => wait.Ticks)));
        Assert.Contains(TaskJson.TaskId, timeout.Message);
    }

    [Fact]
    public async Task Cancelling_the_token_mid_wait_stops_at_once_and_sends_nothing_more()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("processing", 20);
        var client = Clients.OnStub(handler, _clock);
        using var cancellation = new CancellationTokenSource();
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var waiting = operation.WaitForCompletionAsync(cancellationToken: cancellation.Token);
        _clock.Fake.Advance(await _clock.NextWaitAsync());
        await _clock.NextWaitAsync();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("processing", operation.Status);
    }

    [Fact]
    public async Task A_failed_task_throws_with_the_vendors_error_code_and_message()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Task("failed", 30, "\"error\":{\"message\":\"The prompt was rejected by the safety filter.\",\"code\":\"task_failed\"}");
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var failed = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskFailedException>(() => _clock.RunAsync(operation.WaitForCompletionAsync())));

        Assert.Equal("task_failed", failed.ErrorCode);
        Assert.Equal("The prompt was rejected by the safety filter.", failed.ErrorMessage);
        Assert.Equal(TaskJson.TaskId, failed.TaskId);
        Assert.Contains("safety filter", failed.Message);
        Assert.True(operation.HasEnded);
        Assert.False(operation.HasCompleted);
    }

    [Fact]
    public async Task A_task_cancelled_on_the_service_throws_a_task_cancelled_exception()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("cancelled", 0);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var cancelled = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskCancelledException>(() => _clock.RunAsync(operation.WaitForCompletionAsync())));

        Assert.Equal(TaskJson.TaskId, cancelled.TaskId);
    }

    [Fact]
    public async Task A_429_while_waiting_is_waited_out_for_as_long_as_Retry_After_says()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", "7"))
            .Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var task = await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal("completed", task.Status);
        Assert.Equal(new[] { 2.0, 7.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task A_429_without_Retry_After_waits_the_regular_interval()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."))
            .Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal(new[] { 2.0, 3.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task Other_errors_while_waiting_are_not_swallowed()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json(HttpStatusCode.NotFound, TaskJson.Error("task_not_found", "No task."));
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskNotFoundException>(() => _clock.RunAsync(operation.WaitForCompletionAsync())));
    }

    [Fact]
    public async Task A_handle_rebuilt_from_the_id_reads_at_once_without_submitting()
    {
        var handler = new ScriptedHandler().Task("processing", 60).Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);

        var operation = client.GetOperation(TaskJson.TaskId);
        Assert.Null(operation.LastKnownTask);
        var task = await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal("completed", task.Status);
        Assert.Equal(new[] { "GET /v1/tasks/" + TaskJson.TaskId, "GET /v1/tasks/" + TaskJson.TaskId }, handler.Requests);
        Assert.Equal(new[] { 2.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task Waiting_again_on_an_ended_task_answers_at_once_without_a_request()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var first = await _clock.RunAsync(operation.WaitForCompletionAsync());

        var again = await operation.WaitForCompletionAsync();

        Assert.Same(first, again);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Downloading_before_completion_says_to_wait_first()
    {
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created), _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => operation.DownloadVideoAsync(System.IO.Stream.Null));

        Assert.Contains("WaitForCompletionAsync", error.Message);
    }

    [Fact]
    public void A_blank_task_id_is_refused_clearly()
    {
        var client = Clients.OnStub(new ScriptedHandler(), _clock);

        var error = Assert.Throws<ArgumentException>(() => client.GetOperation(" "));

        Assert.Contains("task id", error.Message);
    }
}
