using System;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>The result link serves the task's MP4 until it expires, then 410 (what is in the MP4: FakeVideoFormatTests).</summary>
public sealed class VideoDownloadTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_same_request_gets_the_same_bytes()
    {
        var first = await _api.CreateAndDownloadVideoAsync(Requests.VendorExample);
        var second = await _api.CreateAndDownloadVideoAsync(Requests.VendorExample);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_link_expires_after_24_hours_with_410()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(110));
        var link = await _api.VideoLinkAsync(id);

        _api.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync(link)).StatusCode);
        _api.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await _api.Http.GetAsync(link);

        ErrorBodyAssert.Valid(new ApiResponse(expired, await expired.Content.ReadAsStringAsync()), HttpStatusCode.Gone, "link_expired");
    }

    [Fact]
    public async Task There_is_no_video_before_completion_or_for_unknown_tasks()
    {
        var id = await _api.CreateExampleAsync();

        var early = await _api.Http.GetAsync($"videos/{id}.mp4");
        var unknown = await _api.Http.GetAsync("videos/task-doesnotexist.mp4");

        ErrorBodyAssert.Valid(new ApiResponse(early, await early.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
        ErrorBodyAssert.Valid(new ApiResponse(unknown, await unknown.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
    }

    [Fact]
    public async Task A_failed_task_has_no_video()
    {
        var id = await _api.CreateExampleAsync();
        _api.Server.FailTask(id);

        var response = await _api.Http.GetAsync($"videos/{id}.mp4");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// <c>/videos/.mp4</c> is the video route with an empty id (no task has it), not a path the fake does not know: it
    /// gets the route's own 404, not the generic one.
    /// </summary>
    [Fact]
    public async Task An_empty_video_id_is_a_missing_video_not_an_unknown_path()
    {
        var response = await _api.Http.GetAsync("videos/.mp4");

        ErrorBodyAssert.Valid(new ApiResponse(response, await response.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
    }
}
