using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// A server that stops answering, before the headers or in the middle of the body: every call ends with the typed
/// timeout exactly at the configured limit, whichever way the client was built. On the test clock: each stall is passed
/// at once by advancing to the client's first pending limit, so the limits can be as long as in production.
/// (FrozenClockTests shows the same stalls end in real time when the clock never moves.)
/// </summary>
public class StalledAnswerTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(80);

    private readonly TestClock _clock = new();

    public static TheoryData<string, string> PathsAndStages()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { ClientPath.Plain, ClientPath.Injected })
        {
            data.Add(path, "headers");
            data.Add(path, "body");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_stalled_create_ends_in_the_attempt_timeout_and_is_sent_once(string path, string stage)
    {
        var server = Stalling(stage);
        var (client, owner) = ClientPath.Build(path, server, Limits, clock: _clock);
        using var _ = owner;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => _clock.RunAsync(client.CreateTaskAsync(Clients.VendorExample()))));

        Assert.Equal(Attempt, error.Timeout);
        Assert.Equal(Attempt, _clock.Elapsed);
        Assert.False(error.ByCallerDeadline);
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_stalled_status_read_is_retried_until_the_overall_timeout(string path, string stage)
    {
        var server = Stalling(stage);
        var (client, owner) = ClientPath.Build(path, server, Limits, clock: _clock);
        using var _ = owner;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        // Attempts start at 0, 30 and 60 s (no back-off here); the overall limit ends the third at 80 s.
        Assert.Equal(Total, error.Timeout);
        Assert.False(error.ByCallerDeadline);
        Assert.Equal(Total, _clock.Elapsed);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal(VeoRequestKind.Read, request.Kind));
        Assert.Equal(3, _clock.StallsPassed);
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_stalled_status_read_past_its_retries_ends_with_the_last_attempt_timeout(string path, string stage)
    {
        var server = Stalling(stage);
        var (client, owner) = ClientPath.Build(path, server, options =>
        {
            Limits(options);
            options.MaxRetries = 1;
        }, clock: _clock);
        using var _ = owner;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => _clock.RunAsync(client.GetTaskAsync(TaskJson.TaskId))));

        Assert.Equal(Attempt, error.Timeout);
        Assert.Equal(Attempt + Attempt, _clock.Elapsed);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_wait_whose_status_read_stalls_ends_at_the_wait_deadline(string path, string stage)
    {
        var server = Stalling(stage);

        // Default request timeouts (30 s, 2 min): only the wait's own deadline can end this in time.
        var (client, owner) = ClientPath.Build(path, server, clock: _clock);
        using var _ = owner;
        var deadline = TimeSpan.FromSeconds(10);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => _clock.RunAsync(client.GetOperation(TaskJson.TaskId).WaitForCompletionAsync(deadline))));

        Assert.Equal(deadline, error.Timeout);
        Assert.Equal(deadline, _clock.Elapsed);
        Assert.Single(server.Requests);
        Assert.Equal(0, _clock.PendingTimers);
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_wait_whose_deadline_falls_with_the_overall_timeout_of_a_stalled_read_ends_as_a_wait_timeout(string path, string stage)
    {
        var server = Stalling(stage);
        var (client, owner) = ClientPath.Build(path, server, Limits, clock: _clock);
        using var _ = owner;

        // The read starts at once with exactly TotalRequestTimeout left: the wait's deadline, not the request's limit.
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => _clock.RunAsync(client.GetOperation(TaskJson.TaskId).WaitForCompletionAsync(Total))));

        Assert.Equal(Total, error.Timeout);
        Assert.Equal(Total, _clock.Elapsed);
    }

    private static void Limits(VeoClientOptions options)
    {
        options.AttemptTimeout = Attempt;
        options.TotalRequestTimeout = Total;
    }

    private FuncHandler Stalling(string stage)
        => new(async (request, cancellationToken) =>
        {
            if (stage == "headers")
            {
                _clock.Stalled();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(ServedStream.Stalling("{\"task_id\":\"task-", _clock.Stalled)) };
        });
}
