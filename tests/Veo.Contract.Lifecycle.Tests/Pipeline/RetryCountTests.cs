using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// Which answers a status read retries and how often, on the plain client and the test clock: 408 and 5xx are retried up
/// to MaxRetries, other 4xx never, and the error says whether an earlier attempt may have reached the service.
/// </summary>
public class RetryCountTests
{
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(408, 3)]
    [InlineData(500, 3)]
    [InlineData(503, 3)]
    [InlineData(599, 3)]
    [InlineData(400, 1)]
    [InlineData(409, 1)]
    [InlineData(499, 1)]
    public async Task Only_408_and_5xx_are_retried_and_at_most_MaxRetries_times(int status, int attempts)
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 5; i++)
        {
            handler.Json((HttpStatusCode)status, TaskJson.Error("e" + status, "Try again."));
        }

        var client = Clients.OnStub(handler, _clock, TwoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(attempts, handler.Requests.Count);
        Assert.Equal(attempts - 1, _clock.Waits.Count);
    }

    [Theory]
    [InlineData(503, true)]
    [InlineData(500, true)]
    [InlineData(408, false)]
    public async Task Only_a_5xx_makes_a_later_error_say_an_earlier_attempt_may_have_arrived(int status, bool uncertain)
    {
        var handler = new ScriptedHandler()
            .Json((HttpStatusCode)status, TaskJson.Error("first", "a"))
            .Json((HttpStatusCode)status, TaskJson.Error("second", "b"))
            .Json((HttpStatusCode)status, TaskJson.Error("third", "c"));
        var client = Clients.OnStub(handler, _clock, TwoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.Equal("third", error.ErrorCode);
        Assert.Equal(uncertain, error.AfterUncertainAttempt);
    }

    [Fact]
    public async Task A_first_answer_that_is_final_is_never_called_uncertain()
    {
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.ServiceUnavailable, TaskJson.Error("down", "x")), _clock, options => options.MaxRetries = 0);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.False(error.AfterUncertainAttempt);
    }

    [Fact]
    public async Task A_retry_that_succeeds_returns_the_task_after_one_back_off()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>").Task("processing", 30);
        var client = Clients.OnStub(handler, _clock, options =>
        {
            options.MaxRetries = 2;
            options.RetryDelay = TimeSpan.FromSeconds(10);
        });

        var task = await _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId));

        Assert.Equal(30, task.Progress);
        Assert.Equal(2, handler.Requests.Count);
        Assert.InRange(Assert.Single(_clock.Waits).TotalSeconds, 8.0, 12.0);
    }

    [Fact]
    public async Task A_base_address_without_a_trailing_slash_keeps_its_last_segment()
    {
        var handler = new ScriptedHandler().Task("queued", 0);
        var client = new VeoClient(new System.Net.Http.HttpClient(handler) { BaseAddress = new Uri("https://veo.stub.test/api") }, Clients.Options(), _clock, Clients.Logger);

        await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal("GET /api/v1/tasks/" + TaskJson.TaskId, Assert.Single(handler.Requests));
    }

    private static void TwoRetries(VeoClientOptions options)
    {
        options.MaxRetries = 2;
        options.RetryDelay = TimeSpan.FromSeconds(1);
    }
}
