using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Operations;

/// <summary>
/// The edges of the wait's deadline, on the test clock: a zero, negative or infinite timeout, a deadline that falls
/// exactly on the next read, and what the timeout carries after a 429.
/// </summary>
public class WaitDeadlineTests
{
    private const string CompletedResult = "\"result\":{\"videos\":[{\"url\":\"https://cdn.stub.test/v.mp4\",\"expires_at\":1775371742}]}";
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(-20_000_000L)]
    public void A_zero_or_negative_timeout_is_refused_before_any_request(long ticks)
    {
        var handler = new ScriptedHandler().Task("completed", 100, CompletedResult);
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(TimeSpan.FromTicks(ticks)).GetAwaiter().GetResult());

        Assert.Equal("timeout", error.ParamName);
        Assert.Contains("positive or Timeout.InfiniteTimeSpan", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_infinite_timeout_waits_through_long_waits_until_the_task_ends()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created);
        for (var i = 0; i < 12; i++)
        {
            handler.Task("processing", i);
        }

        handler.Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", "240"));
        handler.Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock, options => options.WaitTimeout = TimeSpan.FromSeconds(30));
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var task = await _clock.RunAsync(operation.WaitForCompletionAsync(Timeout.InfiniteTimeSpan));

        Assert.Equal("completed", task.Status);
        Assert.Equal(15, handler.Requests.Count);
        Assert.Equal(240.0, _clock.Waits[^1].TotalSeconds);
        Assert.True(TimeSpan.FromTicks(_clock.Waits.Sum(wait => wait.Ticks)) > TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_deadline_that_falls_exactly_on_the_next_read_ends_the_wait_without_that_read()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("processing", 50);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(2)))));

        Assert.Single(handler.Requests);
        Assert.Equal("queued", error.LastKnownTask!.Status);
        Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _clock.Waits);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task A_read_that_ends_just_before_the_deadline_is_used_and_the_wait_ends_at_the_deadline()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Respond(_ =>
            {
                // Answered 7 s into the 8 s left: the answer counts, and the next read (2 s later) would come too late.
                _clock.Fake.Advance(TimeSpan.FromSeconds(7));
                return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK) { Content = new System.Net.Http.StringContent(TaskJson.Of("processing", 60)) };
            })
            .Task("completed", 100, CompletedResult);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(10)))));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(60, error.LastKnownTask!.Progress);
        Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1) }, _clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(10), _clock.Elapsed);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    public async Task A_polling_wait_that_wakes_at_or_after_the_deadline_ends_the_wait_without_another_read(int wokeAtSeconds)
    {
        // The 2 s wait's timer fires late (a busy machine, a clock that jumped): at the 10 s deadline or past it. A read
        // then would come after the deadline, so the wait ends there as timed out.
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("processing", 50);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var timeout = TimeSpan.FromSeconds(10);

        var waiting = operation.WaitForCompletionAsync(timeout);
        Assert.Equal(TimeSpan.FromSeconds(2), await _clock.NextWaitAsync());
        _clock.Fake.Advance(TimeSpan.FromSeconds(wokeAtSeconds));
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => waiting));

        Assert.Single(handler.Requests);
        Assert.Equal(timeout, error.Timeout);
        Assert.Equal("queued", error.LastKnownTask!.Status);
    }

    [Fact]
    public async Task A_status_read_after_a_polling_wait_is_bounded_by_what_is_left_of_the_deadline()
    {
        // The read after the first (test-clock) wait stalls; only the 20 s left of the wait's deadline can end it, since
        // the attempt timeout (30 s) is longer. All on the test clock: the stall is passed at once.
        var handler = new FuncHandler(async (request, cancellationToken) =>
        {
            if (request.Method == System.Net.Http.HttpMethod.Post)
            {
                return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK) { Content = new System.Net.Http.StringContent(TaskJson.Created) };
            }

            _clock.Stalled();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        var client = Clients.OnStub(handler, _clock, options =>
        {
            options.PollingInterval = TimeSpan.FromMinutes(4);
            options.MaxPollingInterval = TimeSpan.FromMinutes(4);
        });
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var timeout = TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(20);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => _clock.RunAsync(operation.WaitForCompletionAsync(timeout))));

        Assert.Equal(timeout, error.Timeout);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new[] { TimeSpan.FromMinutes(4) }, _clock.Waits);
        Assert.Equal(timeout, _clock.Elapsed);
    }

    [Fact]
    public async Task The_shortest_positive_timeout_is_accepted_and_ends_at_its_deadline_without_a_read()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created).Task("processing", 50);
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromTicks(1)))));

        Assert.Single(handler.Requests);
        Assert.Equal(TimeSpan.FromTicks(1), error.Timeout);
        Assert.Equal("queued", error.LastKnownTask!.Status);
    }

    [Fact]
    public async Task A_timeout_after_a_429_then_a_good_read_carries_no_Retry_After()
    {
        var handler = new ScriptedHandler()
            .Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", "3"))
            .Task("processing", 10)
            .Task("processing", 20);
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(8)))));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Null(error.RetryAfter);
        Assert.Equal(20, error.LastKnownTask!.Progress);
        Assert.Equal(new[] { 3.0, 3.0, 2.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task A_timeout_right_after_a_429_carries_its_Retry_After_and_the_last_good_status()
    {
        var handler = new ScriptedHandler()
            .Task("processing", 10)
            .Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", "30"));
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(10)))));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal(10, error.LastKnownTask!.Progress);
        Assert.Equal(new[] { 2.0, 8.0 }, _clock.Waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task The_wait_logs_a_429_as_a_warning_the_end_as_information_and_each_status_at_debug()
    {
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new ScriptedHandler()
            .Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", "5"))
            .Task("processing", 40)
            .Task("completed", 100, CompletedResult);
        var client = new VeoClient(new System.Net.Http.HttpClient(handler) { BaseAddress = Clients.StubAddress }, Clients.Options(), _clock, factory.CreateLogger<VeoClient>());

        await _clock.RunAsync(client.GetOperation(TaskJson.TaskId).WaitForCompletionAsync());

        var lines = logs.Lines.Where(line => line.Message.Contains(TaskJson.TaskId, StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, line => line.Level == LogLevel.Warning && line.Message.Contains("HTTP 429") && line.Message.Contains("00:00:05"));
        Assert.Contains(lines, line => line.Level == LogLevel.Debug && line.Message.Contains("processing 40%"));
        Assert.Contains(lines, line => line.Level == LogLevel.Information && line.Message.Contains("ended: completed"));
    }

    [Fact]
    public async Task A_wait_that_times_out_logs_a_warning_that_the_task_goes_on()
    {
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created);
        var client = new VeoClient(new System.Net.Http.HttpClient(handler) { BaseAddress = Clients.StubAddress }, Clients.Options(), _clock, factory.CreateLogger<VeoClient>());
        var operation = await client.SubmitAsync(Clients.VendorExample());

        CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(
            () => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(1)))));

        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("did not end within") && line.Message.Contains(TaskJson.TaskId));
    }
}
