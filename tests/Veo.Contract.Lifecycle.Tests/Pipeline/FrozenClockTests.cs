using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// The client's limits also pass in real time: a user's fake clock that never moves cannot turn a stalled server into a
/// hang. These run on real time on purpose, with short limits and a generous ceiling for a loaded machine.
/// </summary>
public class FrozenClockTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Total = TimeSpan.FromMilliseconds(700);

    // Far above the limits, far below "forever": a busy machine adds seconds; a call left to the frozen clock never ends.
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _frozen = new(TestClock.Start);

    public static TheoryData<string> Paths => new() { ClientPath.Plain, ClientPath.Injected };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_stalled_create_ends_at_the_attempt_timeout_in_real_time(string path)
    {
        var server = Stalling();
        var (client, owner) = ClientPath.Build(path, server, Limits, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoRequestTimeoutException>(token => client.CreateTaskAsync(Clients.VendorExample(), token));

        Assert.Equal(Attempt, error.Timeout);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_stalled_status_read_ends_at_the_overall_timeout_in_real_time()
    {
        var path = ClientPath.Plain;
        var server = Stalling();
        var (client, owner) = ClientPath.Build(path, server, options =>
        {
            // Longer than the overall timeout: only the overall limit, in real time, can end the call.
            options.AttemptTimeout = TimeSpan.FromMinutes(1);
            options.TotalRequestTimeout = Total;
        }, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoRequestTimeoutException>(token => client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Equal(Total, error.Timeout);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_retry_wait_on_a_frozen_clock_ends_at_the_overall_timeout_with_the_last_failure()
    {
        var path = ClientPath.Plain;
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent(TaskJson.Error("internal", "Try again.")) });
        var (client, owner) = ClientPath.Build(path, server, options =>
        {
            // The back-off (100 ms, on the frozen clock) never ends by itself; the overall limit ends it in real time.
            options.RetryDelay = TimeSpan.FromMilliseconds(100);
            options.TotalRequestTimeout = Total;
        }, clock: _frozen);
        using var _ = owner;

        var (error, elapsed) = await Timed<VeoServerException>(token => client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Equal(500, error.StatusCode);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_stalled_download_ends_at_the_download_timeout_in_real_time()
    {
        var body = new StallingStream(new byte[] { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p' });
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        var client = Clients.OnStub(handler, _frozen, options => options.DownloadTimeout = Attempt);

        var (error, elapsed) = await Timed<VeoDownloadTimeoutException>(token => client.DownloadVideoAsync(CompletedTask(), new MemoryStream(), null, token));

        Assert.Equal(Attempt, error.Timeout);
        Assert.True(elapsed < Ceiling, $"took {elapsed}");
    }

    private static void Limits(VeoClientOptions options)
    {
        options.AttemptTimeout = Attempt;
        options.TotalRequestTimeout = Total;
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

    private static VeoTask CompletedTask() => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
    };
}
