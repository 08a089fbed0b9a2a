using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// Whatever Retry-After says, waiting never polls faster than the polling interval and never sleeps past a deadline,
/// and the retry layer never sleeps past the overall timeout.
/// </summary>
public class RetryAfterTests
{
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("soon")]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData(null)]
    public async Task A_wait_answered_429_over_and_over_polls_no_faster_than_the_interval(string? retryAfter)
    {
        var server = RateLimited(retryAfter);
        var client = Clients.OnStub(server, _clock);
        var operation = client.GetOperation(TaskJson.TaskId);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(30)))));

        // A first read at once, then one after each wait of at least the 2 s interval; the last wait runs out the deadline.
        Assert.InRange(server.Requests.Count, 2, 16);
        Assert.Equal(server.Requests.Count, _clock.Waits.Count);
        Assert.All(_clock.Waits.Take(_clock.Waits.Count - 1), wait => Assert.True(wait >= TimeSpan.FromSeconds(2), $"waited only {wait}"));
        Assert.Equal(TimeSpan.FromSeconds(30), TimeSpan.FromTicks(_clock.Waits.Sum(wait => wait.Ticks)));
        Assert.Equal(TaskJson.TaskId, error.TaskId);
    }

    [Theory]
    [InlineData("86400", 86400)]
    [InlineData("1e12", 86400)]
    [InlineData("Sat, 04 Apr 2026 07:46:00 GMT", 3600)]
    public async Task A_Retry_After_beyond_the_deadline_ends_the_wait_at_the_deadline_with_the_advice(string retryAfter, int seconds)
    {
        var server = RateLimited(retryAfter);
        var client = Clients.OnStub(server, _clock);
        var operation = client.GetOperation(TaskJson.TaskId);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => _clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromMinutes(1)))));

        Assert.Equal(TimeSpan.FromSeconds(seconds), error.RetryAfter);
        Assert.Single(server.Requests);
        Assert.Equal(new[] { TimeSpan.FromMinutes(1) }, _clock.Waits);
        Assert.Contains("asked to wait", error.Message);
    }

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task The_retry_layer_does_not_sleep_past_the_overall_timeout(string path)
    {
        var server = RateLimited("3600");
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;
        var clock = Stopwatch.StartNew();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRateLimitedException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task A_create_refused_with_429_is_sent_again_through_either_path(string path)
    {
        var attempts = 0;
        var server = new FuncHandler(_ => ++attempts == 1
            ? Answer((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), "0")
            : Answer(HttpStatusCode.OK, TaskJson.Created, null));
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        var created = await client.CreateTaskAsync(Clients.VendorExample());

        Assert.Equal(TaskJson.TaskId, created.TaskId);
        Assert.Equal(new VeoRequestKind?[] { VeoRequestKind.Create, VeoRequestKind.Create }, server.Requests.Select(request => request.Kind));
    }

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task A_status_read_survives_one_500_through_either_path(string path)
    {
        var attempts = 0;
        var server = new FuncHandler(_ => ++attempts == 1
            ? Answer(HttpStatusCode.InternalServerError, TaskJson.Error("internal_error", "Oops."), null)
            : Answer(HttpStatusCode.OK, TaskJson.Of("processing", 40), null));
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        var task = await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal(40, task.Progress);
        Assert.Equal(2, server.Requests.Count);
    }

    private static FuncHandler RateLimited(string? retryAfter)
        => new(_ => Answer((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), retryAfter));

    private static HttpResponseMessage Answer(HttpStatusCode status, string json, string? retryAfter)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }
}
