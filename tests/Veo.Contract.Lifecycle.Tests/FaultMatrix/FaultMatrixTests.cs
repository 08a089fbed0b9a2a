using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>
/// The fault matrix: a raw loopback server that misbehaves on purpose, each fault run for both ways of building a client.
/// Every case asserts the exception type, an upper bound on the time taken and on the requests sent, and that no log line
/// or exception text holds the key in any encoding (the server echoes it in every encoding it can).
/// Limits are short (300 ms per attempt, 800 ms per call, 600 ms per wait, 400 ms per download) to keep the class fast.
/// </summary>
public sealed class FaultMatrixTests
{
    // Cases that expect no timeout run with long limits, so a loaded machine cannot turn them into timeouts; they take
    // milliseconds, and Quick bounds them.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    private static readonly byte[] VideoStart = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0 };

    public static TheoryData<Construction> Constructions => new() { Construction.Plain, Construction.Injected };

    // ---- Downloads: stalls, endless and oversized bodies, resets, redirects ----

    public static TheoryData<Construction, StallStage> Stalls
    {
        get
        {
            var data = new TheoryData<Construction, StallStage>();
            foreach (var construction in Enum.GetValues<Construction>())
            {
                foreach (var stage in Enum.GetValues<StallStage>())
                {
                    data.Add(construction, stage);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Stalls))]
    public async Task A_download_that_stalls_ends_at_the_download_timeout_and_leaves_nothing(Construction construction, StallStage stage)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Stall(stage, "video/mp4", VideoStart));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTimeoutException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(rig.Options.DownloadTimeout, error.Timeout);
        Assert.InRange(elapsed, TimeSpan.Zero, rig.Options.DownloadTimeout + MatrixRig.Slack);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task An_endless_download_is_stopped_at_MaxDownloadBytes_and_leaves_nothing(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Endless(200, "video/mp4", VideoStart), Patient);

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTooLargeException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.InRange(error.BytesReceived, rig.Options.MaxDownloadBytes + 1, rig.Options.MaxDownloadBytes + (128 << 10));
        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_declared_download_length_over_the_limit_is_refused_before_reading(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Body(200, "video/mp4", VideoStart, declaredLength: 1L << 40), Patient);

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTooLargeException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(1L << 40, error.DeclaredBytes);
        Assert.Equal(0, error.BytesReceived);
        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_download_whose_connection_is_reset_leaves_nothing(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Reset(), Patient);

        var (_, elapsed) = await rig.FailsWith<VeoDownloadException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [InlineData(Construction.Plain, "file:///etc/passwd")]
    [InlineData(Construction.Injected, "file:///etc/passwd")]
    [InlineData(Construction.Plain, "ftp://127.0.0.1:21/video.mp4")]
    [InlineData(Construction.Injected, "ftp://127.0.0.1:21/video.mp4")]
    public async Task A_download_redirected_to_another_scheme_fails_and_leaves_nothing(Construction construction, string location)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Redirect(location), Patient);

        var (_, elapsed) = await rig.FailsWith<VeoDownloadException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    // ---- Wrong content types on download ----

    [Theory]
    [InlineData(Construction.Plain, "text/html")]
    [InlineData(Construction.Injected, "text/html")]
    [InlineData(Construction.Plain, "application/json")]
    [InlineData(Construction.Injected, "application/json")]
    [InlineData(Construction.Plain, "text/plain")]
    [InlineData(Construction.Injected, "text/plain")]
    public async Task A_download_answered_with_a_page_is_refused_quoting_it_without_the_key(Construction construction, string contentType)
    {
        var key = MatrixRig.KeyFor(construction);
        var page = contentType == "application/json" ? EchoError("forbidden", key) : "<html><body>Please sign in. " + string.Join(" ", KeyForms.Of(key).Select(form => form.Text)) + "</body></html>";
        await using var rig = new MatrixRig(construction, _ => Replies.Body(200, contentType, Utf8(page)), Patient);

        var (error, elapsed) = await rig.FailsWith<VeoDownloadNotVideoException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(contentType, error.ContentType);
        Assert.StartsWith(page[..10], error.FirstBytes);
        Assert.Contains("[redacted]", error.FirstBytes);
        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    // ---- Out-of-range numbers ----

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task Times_out_of_range_read_as_unknown_and_the_video_still_downloads(Construction construction)
    {
        var video = VideoStart.Concat(new byte[4000]).ToArray();
        await using var rig = new MatrixRig(construction, request => request.IsStatusRead
            ? Replies.Json(200, "{\"task_id\":\"t1\",\"status\":\"completed\",\"progress\":100,\"created_at\":9223372036854775807,\"completed_at\":-1,"
                + "\"result\":{\"videos\":[{\"url\":\"http://" + request.Headers["Host"] + "/videos/a.mp4\",\"expires_at\":9223372036854775807}]}}")
            : Replies.Body(200, "video/mp4", video), Patient);

        var task = await rig.Succeeds(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));
        var path = await rig.Succeeds(token => rig.Client.DownloadVideoToFileAsync(task, Target(rig), null, token));

        Assert.Null(task.CreatedTime);
        Assert.Null(task.CompletedTime);
        Assert.Null(task.Result!.Videos!.Single().ExpiresTime);
        Assert.Equal(video, File.ReadAllBytes(path));
        Assert.Equal(2, rig.Server.Requests.Count);
    }

    [Theory]
    [InlineData(Construction.Plain, "\"created_at\":1e400")]
    [InlineData(Construction.Injected, "\"created_at\":1e400")]
    [InlineData(Construction.Plain, "\"progress\":99999999999999")]
    [InlineData(Construction.Injected, "\"progress\":99999999999999")]
    public async Task Numbers_no_field_can_hold_fail_as_a_VeoApiException(Construction construction, string member)
    {
        var key = MatrixRig.KeyFor(construction);
        await using var rig = new MatrixRig(construction, _ => Replies.Json(200, "{\"task_id\":\"t1\",\"status\":\"processing\",\"note\":" + KeyForms.EchoJson(key) + "," + member + "}"), Patient);

        var (_, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.InRange(elapsed, TimeSpan.Zero, Quick);
        Assert.InRange(rig.Server.Requests.Count, 1, rig.Options.MaxRetries + 1);
    }

    private static void Patient(VeoClientOptions options)
    {
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout = TimeSpan.FromSeconds(20);
        options.DownloadTimeout = TimeSpan.FromSeconds(10);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // An error body whose message echoes the key in every encoding (the server knows the key: it is the one it was sent).
    private static string EchoError(string code, string key) => "{\"error\":{\"code\":\"" + code + "\",\"message\":" + KeyForms.EchoJson(key) + "}}";

    private static string Target(MatrixRig rig) => Path.Combine(rig.Folder.Path, "out", "video.mp4");

    private static VeoTask CompletedTask(MatrixRig rig) => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = JsonDocument.Parse(JsonSerializer.Serialize(new Uri(rig.Server.Address, "videos/a.mp4").AbsoluteUri)).RootElement } } },
    };
}
