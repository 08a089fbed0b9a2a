using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>
/// What the storage link answers, status by status, and the exact moment a link expires: only 403, 404 and 410 mean
/// "gone"; any other status outside 2xx is a plain download failure; a 2xx with a video is saved.
/// </summary>
public class StorageAnswerTests
{
    private static readonly byte[] Video = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 1, 2, 3, 4 };

    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    public async Task Gone_answers_say_the_link_expired_and_name_the_announced_expiry(int status)
    {
        var expires = TestClock.Start.AddHours(3);
        var handler = new ScriptedHandler().Respond(_ => Answer((HttpStatusCode)status, Video));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(expires), new MemoryStream())));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(expires, error.ExpiresAt);
        Assert.Contains("HTTP " + status, error.Message);
        Assert.Contains("announced expiry 2026-04-04 09:46:00Z", error.Message);
    }

    [Fact]
    public async Task A_gone_answer_for_a_link_without_an_expiry_says_so_without_a_date()
    {
        var handler = new ScriptedHandler().Respond(_ => Answer(HttpStatusCode.Gone, Video));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(null), new MemoryStream())));

        Assert.Null(error.ExpiresAt);
        Assert.EndsWith("the link has expired or was withdrawn.", error.Message);
    }

    [Theory]
    [InlineData(199)]
    [InlineData(300)]
    [InlineData(302)]
    [InlineData(401)]
    [InlineData(405)]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Other_answers_outside_2xx_are_a_download_failure_and_nothing_is_written(int status)
    {
        var handler = new ScriptedHandler().Respond(_ => Answer((HttpStatusCode)status, Video));
        var destination = new MemoryStream();

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(null), destination)));

        Assert.IsType<VeoDownloadException>(error);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains("HTTP " + status, error.Message);
        Assert.Equal(0, destination.Length);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(203)]
    [InlineData(299)]
    public async Task Any_2xx_with_a_video_is_saved(int status)
    {
        var handler = new ScriptedHandler().Respond(_ => Answer((HttpStatusCode)status, Video));
        var destination = new MemoryStream();

        await Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(null), destination);

        Assert.Equal(Video, destination.ToArray());
    }

    [Fact]
    public async Task A_link_is_refused_at_the_exact_moment_it_expires_and_usable_one_second_before()
    {
        var handler = new ScriptedHandler().Respond(_ => Answer(HttpStatusCode.OK, Video));
        var client = Clients.OnStub(handler, _clock);
        var destination = new MemoryStream();

        await client.DownloadVideoAsync(Completed(TestClock.Start.AddSeconds(1)), destination);
        Assert.Equal(Video, destination.ToArray());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadLinkExpiredException>(
            () => client.DownloadVideoAsync(Completed(TestClock.Start), new MemoryStream())));

        Assert.Equal(TestClock.Start, error.ExpiresAt);
        Assert.Null(error.StatusCode);
        Assert.Contains("expired at 2026-04-04 06:46:00Z", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_body_longer_than_its_Content_Length_is_refused_as_cut_short_with_both_counts()
    {
        var handler = new ScriptedHandler().Respond(_ => Answer(HttpStatusCode.OK, Video, declaredLength: Video.Length - 4));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(Completed(null), new MemoryStream())));

        Assert.Equal(Video.Length, error.BytesReceived);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains($"{Video.Length} of {Video.Length - 4} bytes", error.Message);
    }

    [Fact]
    public async Task A_completed_task_without_an_http_link_is_refused_before_any_request()
    {
        var handler = new ScriptedHandler();
        var task = Completed(null);
        task.Result!.Videos!.First().Url = JsonDocument.Parse("[\"ftp://cdn.stub.test/v.mp4\",\"file:///v.mp4\"]").RootElement;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadException>(
            () => Clients.OnStub(handler, _clock).DownloadVideoAsync(task, new MemoryStream())));

        Assert.Contains("no video link", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_first_http_link_of_the_first_video_that_has_one_is_fetched()
    {
        string? fetched = null;
        var handler = new ScriptedHandler().Respond(request =>
        {
            fetched = request.RequestUri!.AbsoluteUri;
            return Answer(HttpStatusCode.OK, Video);
        });
        var task = Completed(null);
        task.Result!.Videos = new List<TaskVideo>
        {
            new() { Url = JsonDocument.Parse("\"ftp://cdn.stub.test/a.mp4\"").RootElement },
            new() { Url = JsonDocument.Parse("[\"ftp://cdn.stub.test/b.mp4\",\"http://cdn.stub.test/b.mp4\",\"https://cdn.stub.test/c.mp4\"]").RootElement },
        };

        await Clients.OnStub(handler, _clock).DownloadVideoAsync(task, new MemoryStream());

        Assert.Equal("http://cdn.stub.test/b.mp4", fetched);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, byte[] body, long? declaredLength = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/mp4");
        if (declaredLength is { } length)
        {
            content.Headers.ContentLength = length;
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    private static VeoTask Completed(DateTimeOffset? expires) => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult
        {
            Videos = new List<TaskVideo>
            {
                new() { Url = JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement, ExpiresAt = expires?.ToUnixTimeSeconds() },
            },
        },
    };
}
