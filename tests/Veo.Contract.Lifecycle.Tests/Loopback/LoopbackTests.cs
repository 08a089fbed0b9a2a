using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Loopback;

/// <summary>The same lifecycle over real sockets: the fake on Kestrel at 127.0.0.1, the client through IHttpClientFactory.</summary>
public sealed class LoopbackTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly RequestLog _log = new();
    private readonly TempFolder _folder = new();
    private FakeVeoServer _server = null!;
    private ServiceProvider _services = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        _address = await _server.StartLoopbackAsync();
        _services = VeoServices.Build(
            _address,
            () => new SocketsHttpHandler(),
            _log,
            options =>
            {
                // Request timeouts beyond the test clock's pumped waits, so only polling waits advance it.
                options.AttemptTimeout = TimeSpan.FromMinutes(10);
                options.TotalRequestTimeout = TimeSpan.FromMinutes(20);
            },
            _clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Submit_wait_and_download_over_loopback_give_a_valid_mp4()
    {
        var client = _services.GetRequiredService<VeoClient>();

        var operation = await client.SubmitAsync(Clients.VendorExample());
        var task = await _clock.RunAsync(operation.WaitForCompletionAsync());
        var path = await operation.DownloadVideoToFileAsync(Path.Combine(_folder.Path, "video.mp4"));

        Assert.Equal("127.0.0.1", _address.Host);
        Assert.Equal("completed", task.Status);
        Assert.True(Mp4.LooksValid(path));
        Assert.Equal(new[] { path }, _folder.Files());
    }

    [Fact]
    public async Task A_429_then_success_on_create_makes_one_task_over_loopback()
    {
        _server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.Zero));

        await _services.GetRequiredService<VeoClient>().SubmitAsync(Clients.VendorExample());

        Assert.Equal(2, _log.Creates);
        Assert.Equal(1, _server.TaskCount);
    }

    [Fact]
    public async Task A_500_on_create_is_not_retried_over_loopback()
    {
        _server.InjectFault(FakeVeoFault.ServerError(), times: 4);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => _services.GetRequiredService<VeoClient>().SubmitAsync(Clients.VendorExample())));

        Assert.Equal("internal_error", error.ErrorCode);
        Assert.Equal(1, _log.Creates);
        Assert.Equal(0, _server.TaskCount);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_status_read_is_retried_over_loopback()
    {
        var client = _services.GetRequiredService<VeoClient>();
        var operation = await client.SubmitAsync(Clients.VendorExample());
        _server.InjectFault(FakeVeoFault.DropConnection());

        var task = await operation.UpdateStatusAsync();

        Assert.Equal(operation.Id, task.TaskId);
        Assert.Equal(2, _log.Count("GET", "/v1/tasks/"));
    }

    [Fact]
    public async Task An_expired_link_is_refused_over_loopback_too()
    {
        var client = _services.GetRequiredService<VeoClient>();
        var operation = await client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync());
        _clock.Fake.Advance(TimeSpan.FromDays(2));

        CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(() => operation.DownloadVideoToFileAsync(Path.Combine(_folder.Path, "video.mp4"))));

        Assert.Empty(_folder.Files());
        Assert.Equal(0, _log.Count("GET", "/videos/"));
    }
}
