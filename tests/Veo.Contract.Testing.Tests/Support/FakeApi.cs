using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>A fake server on a fake clock (queued 10 s, processing 100 s) with an in-process caller.</summary>
public sealed class FakeApi : IAsyncDisposable
{
    public const string Key = ApiCaller.Key;

    public static readonly DateTimeOffset Start = new(2026, 4, 4, 6, 46, 0, TimeSpan.Zero);

    public FakeApi(Action<FakeVeoServerOptions>? configure = null)
    {
        Clock = new FakeTimeProvider(Start);
        var options = new FakeVeoServerOptions
        {
            ApiKey = Key,
            TimeProvider = Clock,
            QueuedDuration = TimeSpan.FromSeconds(10),
            ProcessingDuration = TimeSpan.FromSeconds(100),
        };
        configure?.Invoke(options);
        Server = new FakeVeoServer(options);
        Caller = new ApiCaller(Server.CreateHttpClient());
    }

    public FakeTimeProvider Clock { get; }

    public FakeVeoServer Server { get; }

    /// <summary>Who the helpers below call through; point it at the loopback server to test over HTTP.</summary>
    public ApiCaller Caller { get; set; }

    public HttpClient Http => Caller.Http;

    public Task<ApiResponse> CreateAsync(string json, string? key = Key) => Caller.CreateAsync(json, key);

    public Task<ApiResponse> GetAsync(string taskId, string? key = Key) => Caller.GetAsync(taskId, key);

    public Task<ApiResponse> CancelAsync(string taskId, string? key = Key) => Caller.CancelAsync(taskId, key);

    public Task<string> CreateExampleAsync() => Caller.CreateExampleAsync();

    public Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content, string? key = Key)
        => Caller.SendAsync(method, path, content, key);

    /// <summary>Creates a task from <paramref name="body"/>, lets it complete and downloads its video.</summary>
    public async Task<byte[]> CreateAndDownloadVideoAsync(string body)
    {
        var created = await CreateAsync(body);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await Http.GetAsync(await VideoLinkAsync(created.Text("task_id")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The video link of a completed task.</summary>
    public async Task<Uri> VideoLinkAsync(string id)
    {
        var task = await GetAsync(id);
        Assert.Equal("completed", task.Text("status"));
        var url = task.Json.GetProperty("result").GetProperty("videos")[0].GetProperty("url").GetString();
        return new Uri(url!);
    }

    public async ValueTask DisposeAsync()
    {
        Caller.Http.Dispose();
        await Server.DisposeAsync();
    }
}
