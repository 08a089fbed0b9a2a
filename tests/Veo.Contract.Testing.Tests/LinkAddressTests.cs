using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Links in answers start with the configured public address, else the listening address; never the Host header.</summary>
public sealed class LinkAddressTests
{
    [Fact]
    public async Task A_forged_Host_header_does_not_reach_the_links()
    {
        await using var api = new FakeApi();
        var address = await api.Server.StartLoopbackAsync();
        var id = await new ApiCaller(new HttpClient { BaseAddress = address }).CreateExampleAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(5));

        var task = await RawHttp.SendAsync(address, $"GET /v1/tasks/{id} HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: Bearer {FakeApi.Key}\r\nConnection: close\r\n\r\n");

        Assert.Equal(HttpStatusCode.OK, task.Status);
        foreach (var link in Links(task.Json))
        {
            Assert.StartsWith(address.AbsoluteUri, link);
        }
    }

    [Fact]
    public async Task A_public_base_address_starts_every_link_over_loopback()
    {
        await using var api = new FakeApi(options => options.PublicBaseAddress = new Uri("https://veo-proxy.example/fake"));
        var address = await api.Server.StartLoopbackAsync();
        var id = await new ApiCaller(new HttpClient { BaseAddress = address }).CreateExampleAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(5));

        var task = await RawHttp.SendAsync(address, $"GET /v1/tasks/{id} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {FakeApi.Key}\r\nConnection: close\r\n\r\n");

        Assert.Equal(
            new[] { $"https://veo-proxy.example/fake/videos/{id}.mp4", $"https://veo-proxy.example/fake/v1/tasks/{id}", $"https://veo-proxy.example/fake/v1/tasks/{id}/cancel" },
            Links(task.Json));
    }

    [Fact]
    public async Task A_public_base_address_starts_every_link_in_process()
    {
        await using var api = new FakeApi(options => options.PublicBaseAddress = new Uri("http://gateway.example:8080/"));
        var id = await api.CreateExampleAsync();

        var task = await api.GetAsync(id);

        Assert.Equal(new[] { $"http://gateway.example:8080/v1/tasks/{id}", $"http://gateway.example:8080/v1/tasks/{id}/cancel" }, Links(task.Json));
    }

    [Theory]
    [InlineData("ftp://files.example/")]
    [InlineData("http://proxy.example/?x=1")]
    [InlineData("/relative/")]
    public void A_public_base_address_must_be_absolute_http_without_query(string address)
    {
        var options = new FakeVeoServerOptions { PublicBaseAddress = new Uri(address, UriKind.RelativeOrAbsolute) };

        Assert.Throws<ArgumentException>(() => new FakeVeoServer(options));
    }

    [Fact]
    public async Task The_standalone_host_takes_a_public_base_url()
    {
        using var host = StandaloneHost.Start("--urls", "http://127.0.0.1:0", "--public-base-url", "https://veo.test/base/");
        using var http = new HttpClient { BaseAddress = await host.ListeningAsync() };
        var api = new ApiCaller(http);
        var created = await api.CreateAsync(Requests.Minimal, key: FakeVeoServer.DefaultApiKey);

        var task = await api.GetAsync(created.Text("task_id"), key: FakeVeoServer.DefaultApiKey);

        Assert.Equal($"https://veo.test/base/v1/tasks/{created.Text("task_id")}", task.Json.GetProperty("urls").GetProperty("get").GetString());
    }

    /// <summary>The video URLs, then urls.get and urls.cancel.</summary>
    private static string[] Links(JsonElement task)
    {
        var links = new System.Collections.Generic.List<string>();
        if (task.TryGetProperty("result", out var result))
        {
            foreach (var video in result.GetProperty("videos").EnumerateArray())
            {
                links.Add(video.GetProperty("url").GetString()!);
            }
        }

        links.Add(task.GetProperty("urls").GetProperty("get").GetString()!);
        links.Add(task.GetProperty("urls").GetProperty("cancel").GetString()!);
        return links.ToArray();
    }
}
