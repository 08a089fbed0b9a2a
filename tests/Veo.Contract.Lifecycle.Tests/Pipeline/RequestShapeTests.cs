using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>What the pipeline puts on each request, what it leaves alone, and what it logs at which level.</summary>
public class RequestShapeTests
{
    [Fact]
    public async Task Each_request_carries_its_kind_and_the_callers_HttpClient_is_left_as_it_was()
    {
        var server = new FuncHandler(request => Json(request.RequestUri!.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal)
            ? "{\"task_id\":\"" + TaskJson.TaskId + "\",\"status\":\"cancelled\"}"
            : TaskJson.Created));
        var http = new HttpClient(server);
        var client = new VeoClient(http, new VeoClientOptions { ApiKey = Secrets.ApiKey, BaseAddress = ClientPath.Address });

        await client.CreateTaskAsync(Clients.VendorExample());
        await client.GetTaskAsync(TaskJson.TaskId);
        await client.CancelTaskAsync(TaskJson.TaskId);

        Assert.Equal(new VeoRequestKind?[] { VeoRequestKind.Create, VeoRequestKind.Read, VeoRequestKind.Cancel }, server.Requests.Select(request => request.Kind));
        Assert.Null(http.BaseAddress);
        Assert.Empty(http.DefaultRequestHeaders);
        Assert.Equal(TimeSpan.FromSeconds(100), http.Timeout);
        Assert.Equal(ClientPath.Address, client.BaseAddress);
    }

    [Fact]
    public async Task Every_task_request_asks_for_JSON_and_a_create_says_it_sends_JSON()
    {
        var seen = new System.Collections.Concurrent.ConcurrentQueue<(string Method, string Accept, string? ContentType)>();
        var server = new FuncHandler(request =>
        {
            seen.Enqueue((request.Method.Method, request.Headers.Accept.ToString(), request.Content?.Headers.ContentType?.ToString()));
            return Json(request.RequestUri!.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal)
                ? "{\"task_id\":\"" + TaskJson.TaskId + "\",\"status\":\"cancelled\"}"
                : TaskJson.Created);
        });
        var client = new VeoClient(new HttpClient(server), new VeoClientOptions { ApiKey = Secrets.ApiKey, BaseAddress = ClientPath.Address });

        await client.CreateTaskAsync(Clients.VendorExample());
        await client.GetTaskAsync(TaskJson.TaskId);
        await client.CancelTaskAsync(TaskJson.TaskId);

        Assert.Equal(
            new[] { ("POST", "application/json", (string?)"application/json"), ("GET", "application/json", null), ("POST", "application/json", null) },
            seen.ToArray());
    }

    [Fact]
    public async Task A_video_download_carries_the_download_kind()
    {
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(new byte[] { 0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70 }) { Headers = { ContentType = new("video/mp4") } },
        });
        var client = new VeoClient(new HttpClient(server), new VeoClientOptions { ApiKey = Secrets.ApiKey, BaseAddress = ClientPath.Address });
        var task = new VeoTask
        {
            TaskId = TaskJson.TaskId,
            Status = VeoTaskStatuses.Completed,
            Result = new TaskResult { Videos = new[] { new TaskVideo { Url = System.Text.Json.JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
        };

        await client.DownloadVideoAsync(task, System.IO.Stream.Null);

        Assert.Equal(VeoRequestKind.Download, Assert.Single(server.Requests).Kind);
    }

    [Fact]
    public void Without_any_address_the_client_goes_to_the_vendors_endpoint()
        => Assert.Equal(new Uri("https://qingbo.dev/"), new VeoClient(new HttpClient()).BaseAddress);

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task Successful_attempts_log_nothing_at_Information_and_a_retry_logs_one_warning(string path)
    {
        var logs = new LevelCapturingLoggerProvider();
        var attempts = 0;
        var server = new FuncHandler(request => request.Method == HttpMethod.Get && ++attempts == 2
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent(TaskJson.Error("unavailable", "Busy."), Encoding.UTF8, "application/json") }
            : Json(request.Method == HttpMethod.Post ? TaskJson.Created : TaskJson.Of("processing", 10)));
        var (client, owner) = ClientPath.Build(path, server, logs: logs);
        using var _ = owner;

        await client.CreateTaskAsync(Clients.VendorExample());
        await client.GetTaskAsync(TaskJson.TaskId);
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Information);

        await client.GetTaskAsync(TaskJson.TaskId);

        var warning = Assert.Single(logs.Lines, line => line.Level >= LogLevel.Information);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("Veo.Contract.VeoClient", warning.Category);
        Assert.Contains("HTTP 503", warning.Message);
    }

    private static HttpResponseMessage Json(string json)
        => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
