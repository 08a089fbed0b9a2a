using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// A retry whose wait would reach past what is left of the overall timeout is not made: the last answer is the result at
/// once, saying whether an earlier attempt may have reached the service. On the test clock, so the times are exact.
/// </summary>
public class RetryBudgetTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(80);

    private readonly TestClock _clock = new();
    private readonly LevelCapturingLoggerProvider _logs = new();

    [Fact]
    public async Task A_Retry_After_exactly_as_long_as_the_time_left_ends_the_call_at_once_with_that_answer()
    {
        // The first attempt gets no answer and ends at 30 s; the second is told to come back in 50 s, when the call's
        // 80 s are over: no retry, the 503 is the result at 30 s.
        var attempts = 0;
        var handler = new FuncHandler(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                _clock.Stalled();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Answer(HttpStatusCode.ServiceUnavailable, "50");
        });
        var client = Client(handler);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.Equal(TimeSpan.FromSeconds(50), error.RetryAfter);
        Assert.True(error.AfterUncertainAttempt);
        Assert.Equal(Attempt, _clock.Elapsed);
        Assert.Equal(2, handler.Requests.Count);
        var line = Assert.Single(_logs.Lines, line => line.Message.Contains("not retrying", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, line.Level);
        Assert.Equal("Veo getTask: not retrying; a wait of 00:00:50 would outlast the time left.", line.Message);
    }

    [Fact]
    public async Task A_first_5xx_that_asks_for_more_than_the_time_left_is_not_called_uncertain()
    {
        var handler = new ScriptedHandler().Respond(_ => Answer(HttpStatusCode.ServiceUnavailable, "86400"));
        var client = Client(handler);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.False(error.AfterUncertainAttempt);
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_second_429_that_asks_for_more_than_the_time_left_is_not_called_uncertain()
    {
        // A 429 is a refusal: neither answer means the request may have been carried out.
        var handler = new ScriptedHandler()
            .Respond(_ => Answer((HttpStatusCode)429, "1"))
            .Respond(_ => Answer((HttpStatusCode)429, "86400"));
        var client = Client(handler);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRateLimitedException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.False(error.AfterUncertainAttempt);
        Assert.Equal(TimeSpan.FromSeconds(1), _clock.Elapsed);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_retried_attempt_timeout_is_logged_with_the_limit_it_ran_into()
    {
        var attempts = 0;
        var handler = new FuncHandler(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                _clock.Stalled();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TaskJson.Of("processing", 40), Encoding.UTF8, "application/json") };
        });
        var client = Client(handler);

        var task = await _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId));

        Assert.Equal(40, task.Progress);
        var warning = Assert.Single(_logs.Lines, line => line.Level == LogLevel.Warning);
        Assert.Equal("Veo getTask: attempt 1 failed (no answer within 00:00:30); retrying in 00:00:00.", warning.Message);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string retryAfter)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(TaskJson.Error("busy", "Come back later."), Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }

    private VeoClient Client(HttpMessageHandler handler)
    {
        var loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        var options = Clients.Options(options =>
        {
            options.AttemptTimeout = Attempt;
            options.TotalRequestTimeout = Total;
            options.RetryDelay = TimeSpan.Zero;
        });
        return new VeoClient(new HttpClient(handler) { BaseAddress = Clients.StubAddress }, options, _clock, loggers.CreateLogger<VeoClient>());
    }
}
