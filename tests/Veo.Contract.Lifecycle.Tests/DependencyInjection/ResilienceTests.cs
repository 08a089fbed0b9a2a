using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.DependencyInjection;

/// <summary>
/// The retry pipeline AddVeoClient installs, against the in-process fake: status reads and cancels are retried, a create
/// call only when the service proved it created nothing (429), so a task is never created (and billed) twice.
/// </summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly RequestLog _log = new();
    private FakeVeoServer _server = null!;
    private ServiceProvider _services = null!;

    private VeoClient Client => _services.GetRequiredService<VeoClient>();

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        _services = VeoServices.Build(FakeVeoServer.InProcessAddress, _server.CreateHandler, _log);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_create_refused_with_429_is_sent_again_and_creates_one_task()
    {
        _server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.Zero));

        var operation = await Client.SubmitAsync(Clients.VendorExample());

        Assert.Equal(2, _log.Creates);
        Assert.Equal(1, _server.TaskCount);
        Assert.False(string.IsNullOrEmpty(operation.Id));
    }

    [Fact]
    public async Task A_create_that_got_a_500_is_not_sent_again()
    {
        _server.InjectFault(FakeVeoFault.ServerError(), times: 4);

        CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => Client.SubmitAsync(Clients.VendorExample())));

        Assert.Equal(1, _log.Creates);
        Assert.Equal(3, _server.PendingFaults);
    }

    [Fact]
    public async Task A_create_that_times_out_is_a_typed_timeout_and_is_not_sent_again()
    {
        await using var services = VeoServices.Build(FakeVeoServer.InProcessAddress, _server.CreateHandler, _log, options => options.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        _server.InjectFault(FakeVeoFault.SlowResponse(TimeSpan.FromHours(1)));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => services.GetRequiredService<VeoClient>().SubmitAsync(Clients.VendorExample())));

        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.Equal(1, _log.Creates);
        Assert.Equal(0, _server.TaskCount);
    }

    [Fact]
    public async Task A_create_whose_connection_dropped_is_not_sent_again()
    {
        _server.InjectFault(FakeVeoFault.DropConnection(), times: 4);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoConnectionException>(() => Client.SubmitAsync(Clients.VendorExample())));

        Assert.Equal(1, _log.Creates);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_status_read_is_retried_through_5xx_and_dropped_connections()
    {
        var operation = await Client.SubmitAsync(Clients.VendorExample());
        _server.InjectFault(FakeVeoFault.ServerError());
        _server.InjectFault(FakeVeoFault.DropConnection());

        var task = await operation.UpdateStatusAsync();

        Assert.Equal(operation.Id, task.TaskId);
        Assert.Equal(3, _log.Count("GET", "/v1/tasks/"));
    }

    [Fact]
    public async Task Retries_stop_after_MaxRetries_and_the_last_answer_surfaces_typed()
    {
        var operation = await Client.SubmitAsync(Clients.VendorExample());
        _server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.Zero), times: 10);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRateLimitedException>(() => operation.UpdateStatusAsync()));

        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(4, _log.Count("GET", "/v1/tasks/"));
    }

    [Fact]
    public async Task A_cancel_is_retried_since_cancelling_twice_is_harmless()
    {
        var operation = await Client.SubmitAsync(Clients.VendorExample());
        _server.InjectFault(FakeVeoFault.ServerError());

        var cancelled = await operation.CancelAsync();

        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal(2, _log.Count("POST", "/v1/tasks/"));
    }

    [Fact]
    public async Task Submit_wait_and_download_work_through_the_registered_client()
    {
        await using var services = VeoServices.Build(
            FakeVeoServer.InProcessAddress,
            _server.CreateHandler,
            _log,
            options =>
            {
                // Request timeouts beyond the test clock's pumped waits, so only polling waits advance it.
                options.AttemptTimeout = TimeSpan.FromMinutes(10);
                options.TotalRequestTimeout = TimeSpan.FromMinutes(20);
            },
            _clock);
        var client = services.GetRequiredService<VeoClient>();
        using var folder = new TempFolder();

        var operation = await client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync());
        var path = await operation.DownloadVideoToFileAsync(System.IO.Path.Combine(folder.Path, "video.mp4"));

        Assert.True(Mp4.LooksValid(path));
        Assert.Equal(1, _log.Count("GET", "/videos/"));
    }
}
