using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// <c>services.AddVeoClient().UseFakeVeoServer(fake)</c> in a default generic host: one call sends task API calls
/// and video downloads to the fake, whatever the host's configuration says.
/// </summary>
public sealed class GenericHostTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _fakeClock = new(FakeApi.Start);
    private readonly FakeVeoServer _fake;

    public GenericHostTests() => _fake = new FakeVeoServer(new FakeVeoServerOptions { ApiKey = "host-test-key", TimeProvider = _fakeClock });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Submit_wait_and_download_all_reach_the_fake_through_one_call()
    {
        var builder = Host.CreateApplicationBuilder();

        // What an app's appsettings would hold for the real service: the fake must win over both.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Veo:ApiKey"] = "real-service-key",
            ["Veo:BaseAddress"] = "https://veo.invalid/",
        });
        builder.Services
            .AddVeoClient()
            .UseFakeVeoServer(_fake);
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<VeoClient>();
        var operation = await client.SubmitAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A red kite over a green hill", Duration = 4 });
        _fakeClock.Advance(TimeSpan.FromMinutes(1));

        // A resumed handle reads the status at once: no polling wait on the fake clock to pump. The client shares that
        // clock (else it would call the link, made on the fake's date, expired), so the download is checked too.
        var resumed = client.GetOperation(operation.Id);
        var reports = new List<VeoTaskProgress>();
        var task = await resumed.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(reports.Add));
        using var video = new MemoryStream();
        await resumed.DownloadVideoAsync(video);
        await host.StopAsync();

        Assert.Equal(1, _fake.TaskCount);
        Assert.Equal(VeoTaskStatuses.Completed, task.Status);
        Assert.Equal(FakeVeoServer.InProcessAddress.Host, task.Result?.Videos?.Single().Urls.Single().Host);
        Assert.Equal(FakeVeoServer.InProcessAddress, client.Options.BaseAddress);
        Assert.Equal("host-test-key", client.Options.ApiKey);
        Assert.Same(_fakeClock, host.Services.GetRequiredService<TimeProvider>());
        Assert.Equal("ftyp", new Mp4File(video.ToArray()).Boxes.First().Type);

        // A synchronous reporter has handled the final report before the await returns.
        Assert.Equal(100, reports[^1].Percent);
        Assert.True(reports[^1].HasEnded);
    }

    [Fact]
    public void Another_clients_builder_is_refused_with_a_clear_error()
    {
        var services = new ServiceCollection();
        var other = services.AddHttpClient("Other");

        var refused = Assert.Throws<ArgumentException>(() => other.UseFakeVeoServer(_fake));

        Assert.Contains("AddVeoClient", refused.Message);
        Assert.Contains("'Other'", refused.Message);
    }
}
