using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// The client's limits also pass in real time: a user's fake clock that never moves cannot turn a stalled server into a
/// hang. These run on real time on purpose, with short limits and a generous ceiling for a loaded machine. The fault
/// matrix shows the same on real sockets (a stalled status read and a stalled download on a frozen clock).
/// </summary>
public class FrozenClockTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Total = TimeSpan.FromMilliseconds(500);

    // Far above the limits, far below "forever": a busy machine adds seconds; a call left to the frozen clock never ends.
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _frozen = new(TestClock.Start);

    [Fact]
    public async Task A_stalled_create_through_AddVeoClient_ends_at_the_attempt_timeout_in_real_time()
    {
        // The container's TimeProvider is the frozen clock here: the limit still passes in real time.
        var server = Stalling();
        // A create is not retried: only its attempt's limit ends it (the overall one is far away, for a busy machine).
        var (client, owner) = ClientPath.Build(ClientPath.Injected, server, options => options.AttemptTimeout = Attempt, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoRequestTimeoutException>(token => client.CreateTaskAsync(Clients.VendorExample(), token));

        Assert.Equal(Attempt, error.Timeout);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_retry_wait_on_a_frozen_clock_ends_at_the_overall_timeout_with_the_last_failure()
    {
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent(TaskJson.Error("internal", "Try again.")) });
        var (client, owner) = ClientPath.Build(ClientPath.Plain, server, options =>
        {
            // The back-off (100 ms, on the frozen clock) never ends by itself; the overall limit ends it in real time.
            options.RetryDelay = TimeSpan.FromMilliseconds(100);
            options.TotalRequestTimeout = Total;
        }, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoServerException>(token => client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Equal(500, error.StatusCode);
        Assert.False(error.AfterUncertainAttempt);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_clock_that_stops_after_one_retry_wait_ends_the_next_at_the_overall_timeout_with_the_last_failure()
    {
        // The test clock moves through the first back-off only, then stands still like a forgotten fake clock.
        var clock = new TestClock();
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(TaskJson.Error("bad_gateway", "Try again.")) });
        var (client, owner) = ClientPath.Build(ClientPath.Plain, server, options =>
        {
            options.RetryDelay = TimeSpan.FromMilliseconds(100);
            options.TotalRequestTimeout = Total;
        }, clock: clock);
        using var _ = owner;

        var call = Timed<VeoServerException>(token => client.GetTaskAsync(TaskJson.TaskId, token));
        clock.Fake.Advance(await clock.NextWaitAsync());
        var (error, elapsed) = await call;

        Assert.Equal(502, error.StatusCode);
        Assert.True(error.AfterUncertainAttempt);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_wait_whose_status_read_stalls_on_a_frozen_clock_ends_at_its_deadline_in_real_time()
    {
        // The wait's deadline passes in real time while the frozen clock still shows all of it left: the stalled read
        // ends the wait as timed out, with no second read.
        var server = Stalling();
        var (client, owner) = ClientPath.Build(ClientPath.Plain, server, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoWaitTimeoutException>(token => client.GetOperation(TaskJson.TaskId).WaitForCompletionAsync(Total, null, token));

        Assert.Equal(Total, error.Timeout);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    private static FuncHandler Stalling()
        => new(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });

    // The watchdog turns a hang into a failure (a cancellation is not the expected type).
    private static async Task<(T Error, TimeSpan Elapsed)> Timed<T>(Func<CancellationToken, Task> call)
        where T : Exception
    {
        using var watchdog = new CancellationTokenSource(Ceiling);
        var clock = Stopwatch.StartNew();
        var error = CapturedText.Exception(await Assert.ThrowsAsync<T>(() => call(watchdog.Token)));
        return (error, clock.Elapsed);
    }
}
