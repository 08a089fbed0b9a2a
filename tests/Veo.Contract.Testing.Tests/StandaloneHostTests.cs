using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// `dotnet run --project src/Veo.Contract.FakeServer -- --urls ... --complete-after ...` as a user runs it: the
/// vendor's example request gets a queued task whose status reaches completed. Real time here (another process),
/// so tasks complete after half a second and the status is polled under a generous deadline.
/// </summary>
public sealed class StandaloneHostTests
{
    [Fact]
    public async Task The_vendor_example_request_is_queued_and_reaches_completed()
    {
        using var host = StandaloneHost.Start("--urls", "http://127.0.0.1:0", "--complete-after", "500ms");
        var address = await host.ListeningAsync();
        using var http = new HttpClient { BaseAddress = address };
        var api = new ApiCaller(http);

        var created = await api.CreateAsync(Requests.VendorExample, key: FakeVeoServer.DefaultApiKey);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("queued", created.Text("status"));
        Assert.Equal(0, created.Number("progress"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(created.Text("task_id"), key: "wrong")).Status);

        var deadline = Stopwatch.StartNew();
        string status;
        do
        {
            await Task.Delay(100);
            status = (await api.GetAsync(created.Text("task_id"), key: FakeVeoServer.DefaultApiKey)).Text("status");
        }
        while (status != "completed" && deadline.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal("completed", status);
    }

    [Fact]
    public async Task The_api_key_option_replaces_the_default_key()
    {
        using var host = StandaloneHost.Start("--urls=http://127.0.0.1:0", "--api-key=my-own-key");
        using var http = new HttpClient { BaseAddress = await host.ListeningAsync() };
        var api = new ApiCaller(http);

        Assert.Equal(HttpStatusCode.OK, (await api.CreateAsync(Requests.Minimal, key: "my-own-key")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateAsync(Requests.Minimal, key: FakeVeoServer.DefaultApiKey)).Status);
        Assert.Contains("my-own-key", host.Output);
    }

    [Theory]
    [InlineData("--complete-after", "soon")]
    [InlineData("--complete-after", "0s")]
    [InlineData("--port", "5088")]
    [InlineData("--urls")]
    [InlineData("--retention", "0s")]
    [InlineData("--max-tasks", "0")]
    [InlineData("--max-tasks", "many")]
    [InlineData("--public-base-url", "ftp://files.example/")]
    [InlineData("--public-base-url", "relative/path")]
    public async Task Bad_arguments_exit_with_2_and_the_usage(params string[] arguments)
    {
        using var host = StandaloneHost.Start(arguments);

        Assert.Equal(2, await host.ExitCodeAsync());
        Assert.Contains("Usage:", host.Output);
    }
}
