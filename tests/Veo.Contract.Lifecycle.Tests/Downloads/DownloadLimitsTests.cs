using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>What a storage link answers is bounded: size, content and time. A refused answer leaves nothing at the destination.</summary>
public sealed class DownloadLimitsTests : IDisposable
{
    private static readonly byte[] VideoStart = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m' };

    private readonly FakeTimeProvider _clock = new(TestClock.Start);
    private readonly TempFolder _folder = new();

    private string Target => Path.Combine(_folder.Path, "out", "video.mp4");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var body = new EndlessStream();
        var client = Client(Answer(body, "video/mp4", declaredLength: 1L << 40), options => options.MaxDownloadBytes = 1 << 20);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTooLargeException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.Equal(0, body.Served);
        Assert.Equal(1L << 40, error.DeclaredBytes);
        Assert.Equal(1 << 20, error.MaxBytes);
        Assert.Equal(0, error.BytesReceived);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task An_endless_body_is_stopped_at_the_limit()
    {
        var body = new EndlessStream();
        var client = Client(Answer(body, "video/mp4"), options => options.MaxDownloadBytes = 1 << 20);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTooLargeException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.Null(error.DeclaredBytes);
        Assert.InRange(error.BytesReceived, (1 << 20) + 1, (1 << 20) + (128 << 10));
        Assert.InRange(body.Served, 1 << 20, (1 << 20) + (256 << 10));
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_saved()
    {
        var video = new byte[64 << 10];
        VideoStart.CopyTo(video, 0);
        var client = Client(Answer(new MemoryStream(video), "video/mp4", video.Length), options => options.MaxDownloadBytes = video.Length);

        var path = await client.DownloadVideoToFileAsync(CompletedTask(), Target);

        Assert.Equal(video, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("text/html", "<!DOCTYPE html><html><body>Sign in. Your token: {key}</body></html>")]
    [InlineData("application/json", "{\"error\":{\"message\":\"denied for {jsonkey}\"}}")]
    [InlineData("text/plain", "Access denied for Bearer {key}")]
    [InlineData("application/problem+json", "{\"title\":\"forbidden\",\"detail\":\"{urlkey}\"}")]
    [InlineData("application/octet-stream", "  <html><body>a proxy's page labelled as binary, {key}</body></html>")]
    [InlineData(null, "{\"message\":\"untyped JSON, {jsonkey}\"}")]
    public async Task A_page_instead_of_a_video_is_refused_with_its_first_bytes_quoted_and_the_key_removed(string? contentType, string page)
    {
        const string key = "sk+veo/Key=9%2Fz7Qm";
        var text = page.Replace("{key}", key)
            .Replace("{jsonkey}", JsonSerializer.Serialize(key).Trim('"'))
            .Replace("{urlkey}", LowerHex(Uri.EscapeDataString(key)));
        var client = Client(Answer(new MemoryStream(Encoding.UTF8.GetBytes(text)), contentType), options => options.ApiKey = key);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadNotVideoException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.Equal(contentType, error.ContentType);
        Assert.Contains($"answered with {contentType ?? "an untyped body"} that is not a video", error.Message);
        Assert.StartsWith(text.Trim()[..12], error.FirstBytes);
        Assert.Contains("[redacted]", error.FirstBytes);
        Assert.Contains(error.FirstBytes, error.Message);
        foreach (var leaked in new[] { key, JsonSerializer.Serialize(key).Trim('"'), LowerHex(Uri.EscapeDataString(key)) })
        {
            Assert.DoesNotContain(leaked, error.ToString());
        }

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_long_page_is_quoted_only_in_part()
    {
        var page = "<html>" + new string('x', 10_000) + "</html>";
        var client = Client(Answer(new MemoryStream(Encoding.UTF8.GetBytes(page)), "text/html"));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadNotVideoException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.InRange(error.FirstBytes.Length, 100, 300);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_video_labelled_as_binary_is_saved()
    {
        var video = new byte[10_000];
        VideoStart.CopyTo(video, 0);
        var client = Client(Answer(new MemoryStream(video), "application/octet-stream", video.Length));

        var path = await client.DownloadVideoToFileAsync(CompletedTask(), Target);

        Assert.Equal(video, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_body_that_stalls_ends_at_the_download_timeout_and_leaves_nothing()
    {
        var body = new StallingStream(VideoStart);
        var client = Client(Answer(body, "video/mp4", declaredLength: 1000), options => options.DownloadTimeout = TimeSpan.FromMinutes(1));

        var download = client.DownloadVideoToFileAsync(CompletedTask(), Target);
        await body.Stalled.Task;
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(download.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTimeoutException>(() => download));

        Assert.Equal(TimeSpan.FromMinutes(1), error.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_page_of_exactly_the_first_4_KiB_is_judged_without_asking_for_more()
    {
        // The body stalls after 4096 bytes. A read for more, even of zero bytes (on a socket that waits for data),
        // would hang there until the download timeout; the client must judge the 4 KiB it has and refuse the page.
        var body = new StallingStream(Encoding.UTF8.GetBytes("<html>" + new string('x', 4096 - 13) + "</html>"));
        var client = Client(Answer(body, "text/html", declaredLength: 8192));

        var download = client.DownloadVideoToFileAsync(CompletedTask(), Target);
        var first = await Task.WhenAny(download, body.Stalled.Task);

        Assert.Same(download, first);
        CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadNotVideoException>(() => download));
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_download_timeout_longer_than_HttpClient_Timeout_still_names_itself_when_it_ends_a_stalled_body()
    {
        // HttpClient.Timeout (100 s by default) covers the headers only: a body that stalls runs into DownloadTimeout.
        var body = new StallingStream(VideoStart);
        var client = Client(Answer(body, "video/mp4", declaredLength: 1000), options => options.DownloadTimeout = TimeSpan.FromMinutes(10));

        var download = client.DownloadVideoToFileAsync(CompletedTask(), Target);
        await body.Stalled.Task;
        _clock.Advance(TimeSpan.FromMinutes(10));
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTimeoutException>(() => download));

        Assert.Equal(TimeSpan.FromMinutes(10), error.Timeout);
        Assert.Equal(VideoStart.Length, error.BytesReceived);
        Assert.Equal($"The video of task '{TaskJson.TaskId}' did not arrive within 00:10:00; {VideoStart.Length} bytes had arrived and were discarded.", error.Message);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task An_HttpClient_Timeout_shorter_than_the_download_timeout_is_the_one_named()
    {
        // HttpClient.Timeout is the caller's and runs in real time: 200 ms here, before any answer arrives.
        var handler = new FuncHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new VeoClient(http, Clients.Options(), _clock, Clients.Logger);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTimeoutException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.Equal(0, error.BytesReceived);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_task_that_is_not_completed_has_no_video_to_download()
    {
        var handler = new ScriptedHandler();
        var task = CompletedTask();
        task.Status = VeoTaskStatuses.Processing;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Client(handler).DownloadVideoToFileAsync(task, Target));

        Assert.Equal($"Task '{TaskJson.TaskId}' is 'processing', not completed; it has no video yet.", error.Message);
        Assert.Empty(handler.Requests);
        Assert.Empty(_folder.Files());
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(-1)]
    public async Task An_expiry_out_of_range_does_not_stop_the_download(long expiresAt)
    {
        var video = new byte[1000];
        VideoStart.CopyTo(video, 0);
        var client = Client(Answer(new MemoryStream(video), "video/mp4", video.Length));
        var task = CompletedTask();
        System.Linq.Enumerable.First(task.Result!.Videos!).ExpiresAt = expiresAt;

        var path = await client.DownloadVideoToFileAsync(task, Target);

        Assert.Equal(video, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task An_empty_body_is_no_video()
    {
        var client = Client(Answer(new MemoryStream(), "video/mp4", 0));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(() => client.DownloadVideoToFileAsync(CompletedTask(), Target)));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("empty body", error.Message);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_download_request_says_it_is_a_download()
    {
        VeoRequestKind? kind = null;
        var video = new byte[100];
        VideoStart.CopyTo(video, 0);
        var client = Client(request =>
        {
            kind = VeoRequestKinds.Of(request);
            return Answer(new MemoryStream(video), "video/mp4", video.Length)(request);
        });

        await client.DownloadVideoAsync(CompletedTask(), new MemoryStream());

        Assert.Equal(VeoRequestKind.Download, kind);
    }

    [Fact]
    public void The_size_limit_must_be_positive()
    {
        var error = Assert.Throws<ArgumentException>(() => new VeoClientOptions { MaxDownloadBytes = 0 }.EnsureUsable());

        Assert.Contains("MaxDownloadBytes", error.Message);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> Answer(Stream body, string? contentType, long? declaredLength = null)
        => _ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentLength = declaredLength;
            if (contentType is not null)
            {
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        };

    private static string LowerHex(string escaped) => System.Text.RegularExpressions.Regex.Replace(escaped, "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant());

    private static VeoTask CompletedTask() => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
    };

    private VeoClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer, Action<VeoClientOptions>? configure = null)
        => Client(new ScriptedHandler().Respond(answer), configure);

    private VeoClient Client(HttpMessageHandler handler, Action<VeoClientOptions>? configure = null)
        => Clients.OnStub(handler, _clock, configure);
}
