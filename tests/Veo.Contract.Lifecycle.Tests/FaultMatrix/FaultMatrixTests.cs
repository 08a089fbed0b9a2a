using System;
using System.Collections.Generic;
using System.Globalization;
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
/// Every case asserts the exception type, the time taken and the requests sent, and that no log line or exception text
/// holds the key in any encoding (the server echoes it in every encoding it can).
/// The cases run on the test clock with limits near production's (30 s per attempt, 80 s per call, 60 s per wait, 40 s
/// per download): a stall is passed at once by advancing to the client's first pending limit, so each case takes
/// milliseconds and its times are exact. A few real stalls and resets run on real time and on a clock that never moves,
/// with short limits and room for a loaded machine (<see cref="MatrixRig.Slack"/>).
/// </summary>
public sealed class FaultMatrixTests
{
    private static readonly byte[] VideoStart = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0 };

    public static TheoryData<Construction> Constructions => new() { Construction.Plain, Construction.Injected };

    // On the test clock a limit passes only once the server has read the request and stalled: counts are exact.
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

    // ---- Stalls ----

    [Theory]
    [MemberData(nameof(Stalls))]
    public async Task A_status_read_that_stalls_is_retried_until_the_overall_timeout(Construction construction, StallStage stage)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Stall(stage, "application/json", Utf8("{\"task_id\":\"")));

        var (error, elapsed) = await rig.FailsWith<VeoRequestTimeoutException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        // Attempts of 30 s with back-offs of about 2 and 4 s between them: the third is still running at 80 s.
        Assert.Equal(rig.Options.TotalRequestTimeout, error.Timeout);
        Assert.Equal(rig.Options.TotalRequestTimeout, elapsed);
        Assert.Equal(rig.Options.MaxRetries + 1, rig.Server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Stalls))]
    public async Task A_create_that_stalls_ends_with_the_attempt_timeout_and_is_sent_once(Construction construction, StallStage stage)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Stall(stage, "application/json", Utf8("{\"task_id\":\"")));

        var (error, elapsed) = await rig.FailsWith<VeoRequestTimeoutException>(token => rig.Client.SubmitAsync(Clients.VendorExample(), token));

        Assert.Equal(rig.Options.AttemptTimeout, error.Timeout);
        Assert.Equal(rig.Options.AttemptTimeout, elapsed);
        Assert.Equal(1, rig.Requests(request => request.IsCreate));
    }

    [Theory]
    [MemberData(nameof(Stalls))]
    public async Task A_download_that_stalls_ends_at_the_download_timeout_and_leaves_nothing(Construction construction, StallStage stage)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Stall(stage, "video/mp4", VideoStart));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTimeoutException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(rig.Options.DownloadTimeout, error.Timeout);
        Assert.Equal(rig.Options.DownloadTimeout, elapsed);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    // ---- Real stalls and resets, in real time ----

    // Short limits in real time: a loaded machine may let one pass before the server has read the request, so request
    // counts here are upper bounds, and times get MatrixRig.Slack on top.
    [Fact]
    public async Task A_create_that_stalls_mid_body_ends_at_the_attempt_timeout_in_real_time()
    {
        // A create is not retried, so only its attempt's limit can end it: the overall one is far away.
        await using var rig = new MatrixRig(Construction.Plain, _ => Replies.Stall(StallStage.MidBody, "application/json", Utf8("{\"task_id\":\"")), options => options.TotalRequestTimeout = TimeSpan.FromSeconds(20), MatrixTiming.RealTime);

        var (error, elapsed) = await rig.FailsWith<VeoRequestTimeoutException>(token => rig.Client.SubmitAsync(Clients.VendorExample(), token));

        Assert.Equal(rig.Options.AttemptTimeout, error.Timeout);
        Assert.InRange(elapsed, TimeSpan.Zero, rig.Options.AttemptTimeout + MatrixRig.Slack);
        Assert.InRange(rig.Requests(request => request.IsCreate), 0, 1);
    }

    [Fact]
    public async Task A_status_read_that_stalls_on_a_clock_that_never_moves_ends_by_the_overall_timeout_in_real_time()
    {
        await using var rig = new MatrixRig(Construction.Injected, _ => Replies.Stall(StallStage.MidBody, "application/json", Utf8("{\"task_id\":\"")), timing: MatrixTiming.FrozenClock);

        var (error, elapsed) = await rig.FailsWith<VeoRequestTimeoutException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        // The attempt ends in real time; the back-off before a retry waits for the frozen clock until the overall
        // limit ends it in real time, with the attempt's timeout as the last failure (or the overall one when a busy
        // machine handles the attempt's only after the overall limit passed).
        Assert.Contains(error.Timeout, new[] { rig.Options.AttemptTimeout, rig.Options.TotalRequestTimeout });
        Assert.InRange(elapsed, TimeSpan.Zero, rig.Options.TotalRequestTimeout + MatrixRig.Slack);
        Assert.InRange(rig.Server.Requests.Count, 0, 1);
    }

    [Fact]
    public async Task A_download_that_stalls_on_a_clock_that_never_moves_ends_at_the_download_timeout_in_real_time()
    {
        await using var rig = new MatrixRig(Construction.Plain, _ => Replies.Stall(StallStage.AfterHeaders, "video/mp4", VideoStart), timing: MatrixTiming.FrozenClock);

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTimeoutException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(rig.Options.DownloadTimeout, error.Timeout);
        Assert.InRange(elapsed, TimeSpan.Zero, rig.Options.DownloadTimeout + MatrixRig.Slack);
        Assert.InRange(rig.Server.Requests.Count, 0, 1);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_status_read_whose_connection_is_reset_is_retried_in_real_time(Construction construction)
    {
        // Limits far longer than the case: however busy the machine, the resets end it, not a timeout.
        await using var rig = new MatrixRig(construction, _ => Replies.Reset(), options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.TotalRequestTimeout = TimeSpan.FromSeconds(20);
        }, MatrixTiming.RealTime);

        var (_, elapsed) = await rig.FailsWith<VeoConnectionException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.InRange(elapsed, TimeSpan.Zero, rig.Options.TotalRequestTimeout + MatrixRig.Slack);
        Assert.InRange(rig.Server.Requests.Count, 1, rig.Options.MaxRetries + 1);
    }

    // ---- Endless bodies ----

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task An_endless_200_body_is_refused_past_the_size_limit(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Endless(200, "application/json", Utf8("{\"task_id\":\"t\",\"status\":\"processing\",\"padding\":\"")), SmallBodies);

        var (error, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        EndedBeforeAnyLimit(rig, elapsed);
        AssertBoundedBodies(rig);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task An_endless_500_body_is_refused_past_the_size_limit(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Endless(500, "application/json", Utf8("{\"error\":{\"code\":\"internal\",\"message\":\"")), SmallBodies);

        var (error, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        EndedBeforeAnyLimit(rig, elapsed);
        AssertBoundedBodies(rig);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task An_endless_download_is_stopped_at_MaxDownloadBytes_and_leaves_nothing(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Endless(200, "video/mp4", VideoStart));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTooLargeException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.InRange(error.BytesReceived, rig.Options.MaxDownloadBytes + 1, rig.Options.MaxDownloadBytes + (128 << 10));
        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_declared_download_length_over_the_limit_is_refused_before_reading(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Body(200, "video/mp4", VideoStart, declaredLength: 1L << 40));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadTooLargeException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(1L << 40, error.DeclaredBytes);
        Assert.Equal(0, error.BytesReceived);
        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    // ---- Retry-After ----

    [Theory]
    [InlineData(Construction.Plain, "0")]
    [InlineData(Construction.Injected, "0")]
    [InlineData(Construction.Plain, "-5")]
    [InlineData(Construction.Injected, "-5")]
    [InlineData(Construction.Plain, "NaN")]
    [InlineData(Construction.Injected, "NaN")]
    [InlineData(Construction.Plain, "soon, please")]
    [InlineData(Construction.Injected, "soon, please")]
    [InlineData(Construction.Plain, "past date")]
    [InlineData(Construction.Injected, "past date")]
    [InlineData(Construction.Plain, "86400")]
    [InlineData(Construction.Injected, "86400")]
    [InlineData(Construction.Plain, "date in a day")]
    [InlineData(Construction.Injected, "date in a day")]
    public async Task A_wait_answered_429_with_any_Retry_After_polls_no_faster_than_the_interval_and_ends_at_its_deadline(Construction construction, string retryAfter)
    {
        var header = retryAfter switch
        {
            // Dates on the test clock, which starts at TestClock.Start and moves a minute at most here.
            "past date" => TestClock.Start.AddDays(-1).ToString("r", CultureInfo.InvariantCulture),
            "date in a day" => TestClock.Start.AddDays(1).ToString("r", CultureInfo.InvariantCulture),
            _ => retryAfter,
        };
        var key = MatrixRig.KeyFor(construction);
        await using var rig = new MatrixRig(
            construction,
            request => request.IsCreate ? Replies.Json(200, TaskJson.Created) : Replies.Json(429, EchoError("rate_limited", key), ("Retry-After", header)));

        var (error, elapsed) = await rig.FailsWith<VeoWaitTimeoutException>(async token =>
        {
            var operation = await rig.Client.SubmitAsync(Clients.VendorExample(), token);
            await operation.WaitForCompletionAsync(null, token);
        });

        // Exactly the wait's deadline: not the 80 s a retry layer sleeping until TotalRequestTimeout would take.
        Assert.Equal(rig.Options.WaitTimeout, elapsed);
        var pollsAtMost = (int)(rig.Options.WaitTimeout.Ticks / rig.Options.PollingInterval.Ticks) + 2;
        Assert.InRange(rig.Requests(request => request.IsStatusRead), 0, pollsAtMost * (rig.Options.MaxRetries + 1));
        Assert.Equal(1, rig.Requests(request => request.IsCreate));
        Assert.Equal(VeoTaskStatuses.Queued, error.LastKnownTask?.Status);
        if (retryAfter is "86400" or "date in a day")
        {
            // The advice that outlasted the deadline is handed to the caller, to resume no sooner.
            Assert.InRange(error.RetryAfter ?? TimeSpan.Zero, TimeSpan.FromHours(23), TimeSpan.FromDays(1));
        }
        else
        {
            Assert.InRange(error.RetryAfter ?? TimeSpan.Zero, TimeSpan.Zero, rig.Options.WaitTimeout);
        }
    }

    // ---- Connection resets ----

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_status_read_whose_connection_is_reset_is_retried_then_fails_as_a_VeoConnectionException(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Reset());

        var (_, elapsed) = await rig.FailsWith<VeoConnectionException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Equal(rig.Options.MaxRetries + 1, rig.Server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_create_whose_connection_is_reset_fails_as_a_VeoConnectionException_and_is_sent_once(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Reset());

        var (_, elapsed) = await rig.FailsWith<VeoConnectionException>(token => rig.Client.SubmitAsync(Clients.VendorExample(), token));

        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Equal(1, rig.Requests(request => request.IsCreate));
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_download_whose_connection_is_reset_leaves_nothing(Construction construction)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Reset());

        var (_, elapsed) = await rig.FailsWith<VeoDownloadException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_download_cut_off_midway_counts_the_bytes_that_arrived(Construction construction)
    {
        var body = VideoStart.Concat(new byte[50_000 - VideoStart.Length]).ToArray();
        await using var rig = new MatrixRig(construction, _ => Replies.Body(200, "video/mp4", body, declaredLength: 200_000));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(50_000, error.BytesReceived);
        Assert.Contains("after 50000 bytes", error.Message);
        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Empty(rig.Folder.Files());
    }

    // ---- Redirects ----

    [Theory]
    [InlineData(Construction.Plain, "file:///etc/passwd")]
    [InlineData(Construction.Injected, "file:///etc/passwd")]
    [InlineData(Construction.Plain, "ftp://127.0.0.1:21/task.json")]
    [InlineData(Construction.Injected, "ftp://127.0.0.1:21/task.json")]
    public async Task A_status_read_redirected_to_another_scheme_fails_as_a_VeoConnectionException(Construction construction, string location)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Redirect(location));

        var (_, elapsed) = await rig.FailsWith<VeoConnectionException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        EndedBeforeAnyLimit(rig, elapsed);
        // A Location HttpClient cannot even parse (file:) is final; ftp: fails as a connection and reads retry those.
        Assert.InRange(rig.Server.Requests.Count, 1, location.StartsWith("file:", StringComparison.Ordinal) ? 1 : rig.Options.MaxRetries + 1);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_status_read_redirected_to_another_host_never_hands_it_the_key(Construction construction)
    {
        var key = MatrixRig.KeyFor(construction);
        await using var other = new MisbehavingServer(_ => Replies.Json(401, EchoError("unauthorized", key)), host: "127.0.0.2");
        await using var rig = new MatrixRig(construction, request => Replies.Redirect(new Uri(other.Address, request.Path).AbsoluteUri));

        var (_, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        EndedBeforeAnyLimit(rig, elapsed);
        Assert.InRange(rig.Server.Requests.Count, 1, rig.Options.MaxRetries + 1);
        Assert.InRange(other.Requests.Count, 1, rig.Options.MaxRetries + 1);
        Assert.All(other.Requests, request => Assert.Null(request.Authorization));
    }

    [Theory]
    [InlineData(Construction.Plain, "file:///etc/passwd")]
    [InlineData(Construction.Injected, "file:///etc/passwd")]
    [InlineData(Construction.Plain, "ftp://127.0.0.1:21/video.mp4")]
    [InlineData(Construction.Injected, "ftp://127.0.0.1:21/video.mp4")]
    public async Task A_download_redirected_to_another_scheme_fails_and_leaves_nothing(Construction construction, string location)
    {
        await using var rig = new MatrixRig(construction, _ => Replies.Redirect(location));

        var (_, elapsed) = await rig.FailsWith<VeoDownloadException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Folder.Files());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_download_redirected_to_another_host_is_followed_without_the_key(Construction construction)
    {
        var video = VideoStart.Concat(new byte[2000]).ToArray();
        await using var other = new MisbehavingServer(_ => Replies.Body(200, "video/mp4", video), host: "127.0.0.2");
        await using var rig = new MatrixRig(construction, request => Replies.Redirect(new Uri(other.Address, request.Path).AbsoluteUri));

        var path = await rig.Succeeds(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(video, File.ReadAllBytes(path));
        Assert.Null(Assert.Single(rig.Server.Requests).Authorization);
        Assert.Null(Assert.Single(other.Requests).Authorization);
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
        await using var rig = new MatrixRig(construction, _ => Replies.Body(200, contentType, Utf8(page)));

        var (error, elapsed) = await rig.FailsWith<VeoDownloadNotVideoException>(token => rig.Client.DownloadVideoToFileAsync(CompletedTask(rig), Target(rig), null, token));

        Assert.Equal(contentType, error.ContentType);
        Assert.StartsWith(page[..10], error.FirstBytes);
        Assert.Contains("[redacted]", error.FirstBytes);
        EndedBeforeAnyLimit(rig, elapsed);
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
            : Replies.Body(200, "video/mp4", video));

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
        await using var rig = new MatrixRig(construction, _ => Replies.Json(200, "{\"task_id\":\"t1\",\"status\":\"processing\",\"note\":" + KeyForms.EchoJson(key) + "," + member + "}"));

        var (error, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.GetTaskAsync(TaskJson.TaskId, token));

        Assert.Equal(200, error.StatusCode);
        EndedBeforeAnyLimit(rig, elapsed);
        Assert.InRange(rig.Server.Requests.Count, 1, rig.Options.MaxRetries + 1);
    }

    // ---- Create without task_id ----

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_create_answered_without_a_task_id_fails_as_a_VeoApiException_and_is_sent_once(Construction construction)
    {
        var key = MatrixRig.KeyFor(construction);
        await using var rig = new MatrixRig(construction, _ => Replies.Json(200, "{\"status\":\"queued\",\"model\":\"veo-3.1\",\"note\":" + KeyForms.EchoJson(key) + "}"));

        var (error, elapsed) = await rig.FailsWith<VeoApiException>(token => rig.Client.SubmitAsync(Clients.VendorExample(), token));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("billed", error.Message);
        Assert.Contains("[redacted]", error.RawBody);
        EndedBeforeAnyLimit(rig, elapsed);
        Assert.Equal(1, rig.Requests(request => request.IsCreate));
    }

    // A body limit far below the default 4 MiB: the same refusal, for a fraction of the bytes to send and read.
    private static void SmallBodies(VeoClientOptions options) => options.MaxResponseBodyBytes = 256 << 10;

    // Nothing here waits for a limit: the time taken is the back-off between retries at most.
    private static void EndedBeforeAnyLimit(MatrixRig rig, TimeSpan elapsed)
        => Assert.True(elapsed < rig.Options.AttemptTimeout, $"took {elapsed}, as long as a limit");

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

    // Each attempt stops reading near the limit: what the server managed to send stays within the limit plus socket buffers.
    private static void AssertBoundedBodies(MatrixRig rig)
    {
        var attempts = rig.Server.Requests.Count;
        Assert.InRange(attempts, 1, rig.Options.MaxRetries + 1);
        Assert.InRange(rig.Server.BytesSent, 0, attempts * (rig.Options.MaxResponseBodyBytes + (16L << 20)));
    }
}
