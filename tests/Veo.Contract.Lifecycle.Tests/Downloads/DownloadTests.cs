using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>Saving the video: progress, expired links refused, and nothing half-written left behind on any failure.</summary>
public sealed class DownloadTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly TempFolder _folder = new();
    private FakeVeoServer _server = null!;
    private VideoFaultHandler _videos = null!;
    private VeoClient _client = null!;

    private string Target => Path.Combine(_folder.Path, "out", "video.mp4");

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        _videos = new VideoFaultHandler(_server.CreateHandler());
        _client = Clients.OnFake(_videos, _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Reports_bytes_up_to_the_full_length()
    {
        var operation = await CompletedOperationAsync();
        var reports = new List<VeoDownloadProgress>();

        var path = await operation.DownloadVideoToFileAsync(Target, new SynchronousProgress<VeoDownloadProgress>(reports.Add));

        var length = new FileInfo(path).Length;
        Assert.Equal(0, reports[0].BytesReceived);
        Assert.Equal(length, reports[^1].BytesReceived);
        Assert.Equal(100.0, reports[^1].Percent);
        Assert.All(reports, report => Assert.Equal(length, report.TotalBytes));
    }

    [Fact]
    public async Task An_expired_link_is_refused_before_any_request_and_no_file_appears()
    {
        var operation = await CompletedOperationAsync();
        _clock.Fake.Advance(TimeSpan.FromHours(25));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(() => operation.DownloadVideoToFileAsync(Target)));

        Assert.Equal(0, _videos.VideoRequests);
        Assert.Empty(_folder.Files());
        Assert.Equal(operation.Id, error.TaskId);
        Assert.NotNull(error.ExpiresAt);
        Assert.Contains("expired", error.Message);
    }

    [Fact]
    public async Task A_link_the_storage_calls_gone_is_reported_as_expired()
    {
        var operation = await CompletedOperationAsync();
        _clock.Fake.Advance(TimeSpan.FromHours(25));

        // The announced expiry says "still valid", but storage answers 410: storage has the last word.
        var task = operation.LastKnownTask!;
        task.Result!.Videos!.First().ExpiresAt = _clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(() => _client.DownloadVideoToFileAsync(task, Target)));

        Assert.Equal(410, error.StatusCode);
        Assert.Equal(1, _videos.VideoRequests);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_dropped_connection_leaves_no_file_and_keeps_an_older_one_intact()
    {
        var operation = await CompletedOperationAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        File.WriteAllText(Target, "the previous video");
        _videos.BreakAfterBytes = 1000;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(() => operation.DownloadVideoToFileAsync(Target)));

        Assert.Equal(1000, error.BytesReceived);
        Assert.IsType<IOException>(error.InnerException);
        Assert.Equal(new[] { Target }, _folder.Files());
        Assert.Equal("the previous video", File.ReadAllText(Target));
    }

    [Fact]
    public async Task A_body_shorter_than_its_Content_Length_is_refused()
    {
        var operation = await CompletedOperationAsync();
        _videos.OverstateLength = true;

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoDownloadException>(() => operation.DownloadVideoToFileAsync(Target)));

        Assert.IsNotType<VeoDownloadLinkExpiredException>(error);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task Cancelling_a_download_leaves_no_file()
    {
        var operation = await CompletedOperationAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<VeoDownloadProgress>(report =>
        {
            if (report.BytesReceived > 0)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.DownloadVideoToFileAsync(Target, progress, cancellation.Token));

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task The_key_is_not_sent_to_the_storage_link()
    {
        var recorder = new ScriptedHandler().Respond(_ => new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new System.Net.Http.ByteArrayContent(new byte[16]) });
        var client = Clients.OnStub(recorder, _clock);
        var task = new VeoTask
        {
            TaskId = "task-1",
            Status = VeoTaskStatuses.Completed,
            Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = System.Text.Json.JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
        };

        await client.DownloadVideoAsync(task, new MemoryStream());

        Assert.Null(Assert.Single(recorder.AuthorizationHeaders));
    }

    private async Task<VeoTaskOperation> CompletedOperationAsync()
    {
        var operation = await _client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync());
        return operation;
    }
}
