using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>
/// Video bodies that arrive in small pieces and without a declared length: the first bytes are judged over several
/// reads, the size limit holds to the byte, and each failure says what happened.
/// </summary>
public class DownloadBodyTests
{
    private static readonly byte[] VideoStart = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m' };

    private readonly TestClock _clock = new();

    [Fact]
    public async Task A_page_whose_first_piece_is_only_blanks_is_still_refused()
    {
        var page = Encoding.UTF8.GetBytes("   \r\n\t<html><body>Access denied</body></html>");
        var destination = new MemoryStream();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadNotVideoException>(
            () => Client(page, chunk: 3).DownloadVideoAsync(Completed(), destination)));

        Assert.Equal("<html><body>Access denied</body></html>", error.FirstBytes);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task A_page_in_small_pieces_is_judged_on_its_first_4_KiB_without_reading_further()
    {
        var page = Encoding.UTF8.GetBytes("<html><body>" + new string('x', 10_000) + "</body></html>");
        var body = new ChunkedStream(page, 100);
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        await Assert.ThrowsAsync<VeoDownloadNotVideoException>(() => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(), new MemoryStream()));

        Assert.Equal(4096, body.Served);
    }

    [Fact]
    public async Task A_saved_video_is_logged_once_at_Information_with_its_size_and_its_start_at_Debug()
    {
        var video = VideoOfLength(10_000);
        var logs = new LevelCapturingLoggerProvider();
        var logger = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)).CreateLogger<VeoClient>();
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ChunkedStream(video, 1000)) });
        var client = new VeoClient(new HttpClient(handler), Clients.Options(), _clock, logger);

        await client.DownloadVideoAsync(Completed(), new MemoryStream());

        Assert.Equal(
            new[]
            {
                (LogLevel.Debug, $"Task {TaskJson.TaskId}: video download started (HTTP 200)."),
                (LogLevel.Information, $"Task {TaskJson.TaskId}: downloaded 10000 bytes of video."),
            },
            logs.Lines.Select(line => (line.Level, line.Message)));
    }

    [Fact]
    public async Task A_video_in_small_pieces_without_a_length_arrives_whole_with_progress_per_write()
    {
        var video = VideoOfLength(10_000);
        var reports = new List<VeoDownloadProgress>();
        var destination = new MemoryStream();

        await Client(video, chunk: 1000).DownloadVideoAsync(Completed(), destination, new SynchronousProgress<VeoDownloadProgress>(reports.Add));

        Assert.Equal(video, destination.ToArray());
        Assert.All(reports, report => Assert.Null(report.TotalBytes));
        Assert.Equal(0, reports[0].BytesReceived);
        Assert.Equal(10_000, reports[^1].BytesReceived);
        Assert.Equal(reports.Select(report => report.BytesReceived).OrderBy(bytes => bytes), reports.Select(report => report.BytesReceived));
    }

    [Fact]
    public async Task A_body_without_a_length_of_exactly_the_limit_is_saved_and_one_byte_more_is_refused()
    {
        var video = VideoOfLength(9000);
        var destination = new MemoryStream();

        await Client(video, chunk: 1000, maxBytes: 9000).DownloadVideoAsync(Completed(), destination);
        Assert.Equal(video, destination.ToArray());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTooLargeException>(
            () => Client(VideoOfLength(9001), chunk: 1000, maxBytes: 9000).DownloadVideoAsync(Completed(), new MemoryStream())));

        Assert.Equal(9001, error.BytesReceived);
        Assert.Null(error.DeclaredBytes);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("went past the limit (9001 bytes had arrived)", error.Message);
        Assert.Contains("MaxDownloadBytes is 9000", error.Message);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_says_what_was_declared()
    {
        var video = VideoOfLength(2000);
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(video) });
        var client = Clients.OnStub(handler, _clock, options => options.MaxDownloadBytes = 1999);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadTooLargeException>(() => client.DownloadVideoAsync(Completed(), new MemoryStream())));

        Assert.Equal(2000, error.DeclaredBytes);
        Assert.Equal(0, error.BytesReceived);
        Assert.Contains("declares 2000 bytes", error.Message);
    }

    [Fact]
    public async Task A_broken_body_says_how_many_bytes_had_arrived_and_what_broke()
    {
        var body = new BreakingStream(VideoOfLength(5000), 3000);
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(), new MemoryStream())));

        Assert.Equal(3000, error.BytesReceived);
        Assert.Null(error.StatusCode);
        Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("broke off after 3000 bytes (IOException)", error.Message);
    }

    private VeoClient Client(byte[] body, int chunk, long? maxBytes = null)
    {
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ChunkedStream(body, chunk)) });
        return Clients.OnStub(handler, _clock, options =>
        {
            if (maxBytes is { } limit)
            {
                options.MaxDownloadBytes = limit;
            }
        });
    }

    private static byte[] VideoOfLength(int length)
    {
        var video = new byte[length];
        VideoStart.CopyTo(video, 0);
        for (var i = VideoStart.Length; i < length; i++)
        {
            video[i] = (byte)(i % 251);
        }

        return video;
    }

    private static VeoTask Completed() => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
    };
}
