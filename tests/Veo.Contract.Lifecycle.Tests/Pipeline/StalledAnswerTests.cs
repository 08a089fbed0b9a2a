using System;
using System.Diagnostics;
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
/// timeout close to the configured limit, whichever way the client was built.
/// </summary>
public class StalledAnswerTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Total = TimeSpan.FromMilliseconds(900);

    // Room for at least two attempts even when a busy machine fires the first attempt's timeout late (CI saw one
    // attempt take the whole 900 ms under load); four attempts of 300 ms normally end it first.
    private static readonly TimeSpan RetriedTotal = TimeSpan.FromSeconds(3);

    // Far above the limits, far below "forever": a busy machine adds seconds, never minutes.
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(10);

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
        var (client, owner) = ClientPath.Build(path, server, Limits);
        using var _ = owner;
        var clock = Stopwatch.StartNew();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed}");
        Assert.Equal(Attempt, error.Timeout);
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_stalled_status_read_is_retried_until_the_overall_timeout(string path, string stage)
    {
        var server = Stalling(stage);
        var (client, owner) = ClientPath.Build(path, server, options =>
        {
            options.AttemptTimeout = Attempt;
            options.TotalRequestTimeout = RetriedTotal;
        });
        using var _ = owner;
        var clock = Stopwatch.StartNew();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed}");
        Assert.True(clock.Elapsed >= Attempt, $"ended after {clock.Elapsed}, before any limit");
        Assert.InRange(server.Requests.Count, 2, 4);
        Assert.All(server.Requests, request => Assert.Equal(VeoRequestKind.Read, request.Kind));
        Assert.Contains(error.Timeout, new[] { Attempt, RetriedTotal });
    }

    [Theory]
    [MemberData(nameof(PathsAndStages))]
    public async Task A_wait_whose_status_read_stalls_ends_at_the_wait_deadline(string path, string stage)
    {
        var server = Stalling(stage);

        // Default request timeouts (30 s, 2 min): only the wait's own deadline can end this in time.
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;
        var deadline = TimeSpan.FromMilliseconds(600);
        var clock = Stopwatch.StartNew();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => client.GetOperation(TaskJson.TaskId).WaitForCompletionAsync(deadline)));

        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed}");
        Assert.Equal(deadline, error.Timeout);
        Assert.Single(server.Requests);
    }

    private static void Limits(VeoClientOptions options)
    {
        options.AttemptTimeout = Attempt;
        options.TotalRequestTimeout = Total;
    }

    private static FuncHandler Stalling(string stage)
        => new(async (request, cancellationToken) =>
        {
            if (stage == "headers")
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(ServedStream.Stalling("{\"task_id\":\"task-")) };
        });
}
