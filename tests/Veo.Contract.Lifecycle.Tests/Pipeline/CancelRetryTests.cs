using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// A cancel retried after a 5xx may meet "not cancellable" because its first attempt went through: the client reads the
/// task and reports the cancel as done when it is cancelled.
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
}
