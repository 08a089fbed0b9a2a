using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// A cancel retried after an attempt that may have reached the service (a 5xx, a timeout, a connection that broke after
/// it was made) may meet "not cancellable" because that attempt went through: the client reads the task and reports the
/// cancel as done when it is cancelled. After attempts that provably did not arrive, the refusal stands.
/// </summary>
public class CancelRetryTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task A_retried_cancel_refused_as_not_cancellable_succeeds_when_the_task_is_cancelled()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.BadGateway, TaskJson.Error("bad_gateway", "Upstream timed out."))
            .Json(HttpStatusCode.BadRequest, TaskJson.Error("task_not_cancellable", "Only queued tasks can be cancelled."))
            .Task("cancelled", 0);
        var client = Clients.OnStub(handler, _clock, options => options.RetryDelay = System.TimeSpan.Zero);

        var cancelled = await client.CancelTaskAsync(TaskJson.TaskId);

        Assert.Equal(VeoTaskStatuses.Cancelled, cancelled.Status);
        Assert.Equal(TaskJson.TaskId, cancelled.TaskId);
        Assert.Equal(
            new[] { "POST /v1/tasks/" + TaskJson.TaskId + "/cancel", "POST /v1/tasks/" + TaskJson.TaskId + "/cancel", "GET /v1/tasks/" + TaskJson.TaskId },
            handler.Requests);
    }

    [Fact]
    public async Task A_cancel_whose_first_attempt_timed_out_counts_as_done_when_the_retry_is_refused_and_the_task_is_cancelled()
    {
        var attempts = 0;
        var handler = new FuncHandler(async (request, cancellationToken) =>
        {
            if (request.Method == HttpMethod.Get)
            {
                return Json(HttpStatusCode.OK, TaskJson.Of("cancelled", 0));
            }

            if (Interlocked.Increment(ref attempts) == 1)
            {
                // No answer: on the test clock the attempt timeout passes at once.
                _clock.Stalled();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Json(HttpStatusCode.BadRequest, NotCancellable);
        });
        var client = Clients.OnStub(handler, _clock, options => options.RetryDelay = TimeSpan.Zero);

        var cancelled = await _clock.RunAsync(client.CancelTaskAsync(TaskJson.TaskId));

        Assert.Equal(VeoTaskStatuses.Cancelled, cancelled.Status);
        Assert.Equal(new[] { "POST", "POST", "GET" }, handler.Requests.Select(request => request.Line.Split(' ')[0]));
        Assert.Equal(client.Options.AttemptTimeout, _clock.Elapsed);
    }

    [Fact]
    public Task A_cancel_whose_connection_broke_twice_counts_as_done_when_the_retry_is_refused_and_the_task_is_cancelled()
        => CancelledAfterTwoFailuresAndARefusal(new ScriptedHandler()
            .Respond(_ => throw new HttpRequestException("The response ended prematurely.", new IOException("reset")))
            .Respond(_ => throw new HttpRequestException("The response ended prematurely.", new IOException("reset"))));

    [Fact]
    public Task A_cancel_that_got_two_5xx_counts_as_done_when_the_retry_is_refused_and_the_task_is_cancelled()
        => CancelledAfterTwoFailuresAndARefusal(new ScriptedHandler()
            .Json(HttpStatusCode.InternalServerError, TaskJson.Error("internal_error", "Oops."))
            .Json(HttpStatusCode.BadGateway, TaskJson.Error("bad_gateway", "Upstream timed out.")));

    [Fact]
    public async Task A_cancel_refused_after_connections_never_made_stays_refused_without_reading_the_task()
    {
        var handler = new ScriptedHandler()
            .Respond(_ => throw new HttpRequestException("refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)))
            .Json(HttpStatusCode.BadRequest, NotCancellable)
            .Task("cancelled", 0);
        var client = Clients.OnStub(handler, _clock, options => options.RetryDelay = TimeSpan.Zero);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => client.CancelTaskAsync(TaskJson.TaskId)));

        Assert.Equal("task_not_cancellable", error.ErrorCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_cancel_whose_first_attempt_ran_into_HttpClient_Timeout_counts_as_done_when_the_task_is_cancelled()
    {
        // HttpClient.Timeout is the caller's and runs in real time: 200 ms here, far below the client's own limits.
        var attempts = 0;
        var handler = new FuncHandler(async (request, cancellationToken) =>
        {
            if (request.Method == HttpMethod.Get)
            {
                return Json(HttpStatusCode.OK, TaskJson.Of("cancelled", 0));
            }

            if (Interlocked.Increment(ref attempts) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Json(HttpStatusCode.BadRequest, NotCancellable);
        });
        var http = new HttpClient(handler) { BaseAddress = Clients.StubAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new VeoClient(http, Clients.Options(options => options.RetryDelay = TimeSpan.Zero), _clock, Clients.Logger);

        var cancelled = await client.CancelTaskAsync(TaskJson.TaskId);

        Assert.Equal(VeoTaskStatuses.Cancelled, cancelled.Status);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_retried_cancel_refused_for_a_task_that_went_on_stays_refused()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.InternalServerError, TaskJson.Error("internal_error", "Oops."))
            .Json(HttpStatusCode.BadRequest, TaskJson.Error("task_not_cancellable", "Only queued tasks can be cancelled."))
            .Task("processing", 30);
        var client = Clients.OnStub(handler, _clock, options => options.RetryDelay = System.TimeSpan.Zero);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => client.CancelTaskAsync(TaskJson.TaskId)));

        Assert.Equal("task_not_cancellable", error.ErrorCode);
        Assert.Equal(3, handler.Requests.Count);
    }

    private static string NotCancellable => TaskJson.Error("task_not_cancellable", "Only queued tasks can be cancelled.");

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    // Two uncertain attempts, then "not cancellable" on the retry: the task read afterwards decides.
    private async Task CancelledAfterTwoFailuresAndARefusal(ScriptedHandler firstTwoAttempts)
    {
        var handler = firstTwoAttempts.Json(HttpStatusCode.BadRequest, NotCancellable).Task("cancelled", 0);
        var client = Clients.OnStub(handler, _clock, options => options.RetryDelay = TimeSpan.Zero);

        var cancelled = await client.CancelTaskAsync(TaskJson.TaskId);

        Assert.Equal(VeoTaskStatuses.Cancelled, cancelled.Status);
        Assert.Equal(4, handler.Requests.Count);
    }
}
