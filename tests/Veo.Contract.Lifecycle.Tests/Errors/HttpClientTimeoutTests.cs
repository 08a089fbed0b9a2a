using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Errors;

/// <summary>
/// A client built on a plain HttpClient (no AddVeoClient pipeline) reports HttpClient.Timeout as the same typed timeout,
/// while the caller's own cancellation stays a cancellation.
/// </summary>
public sealed class HttpClientTimeoutTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private FakeVeoServer _server = null!;

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        // The fake holds the answer back on its test clock, which never moves here: only a timeout or a cancel ends the call.
        _server.InjectFault(FakeVeoFault.SlowResponse(TimeSpan.FromHours(1)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task HttpClient_Timeout_surfaces_as_VeoRequestTimeoutException_with_that_timeout()
    {
        var client = new VeoClient(
            new HttpClient(_server.CreateHandler()) { BaseAddress = FakeVeoServer.InProcessAddress, Timeout = TimeSpan.FromMilliseconds(150) },
            Clients.Options(),
            _clock.Fake,
            Clients.Logger);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(TimeSpan.FromMilliseconds(150), error.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_timeout()
    {
        var client = Clients.OnFake(_server.CreateHandler(), _clock.Fake);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        // ThrowsAnyAsync fails on any other type, VeoRequestTimeoutException included.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateTaskAsync(Clients.VendorExample(), cancel.Token));
    }
}
