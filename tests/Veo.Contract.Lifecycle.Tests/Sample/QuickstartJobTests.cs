using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Quickstart;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Sample;

/// <summary>
/// samples/Quickstart, run in process on the fake and a test clock, with Ctrl-C as a cancelled token: on the in-process
/// fake (which forgets its tasks) a stopped task is not offered for resuming; on the real service the resume hint is
/// printed, and following it finishes the same task without submitting again.
/// </summary>
public sealed class QuickstartJobTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly TempFolder _folder = new();
    private FakeVeoServer _server = null!;

    private string OutputFolder => Path.Combine(_folder.Path, "out");

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task On_the_fake_the_job_saves_the_video_as_the_task_id_in_the_output_folder()
    {
        var display = new RecordingDisplay();

        var exit = await _clock.RunAsync(Job(display, onFake: true).RunAsync([], CancellationToken.None));

        Assert.Equal(0, exit);
        var id = Assert.Single(_server.Tasks).TaskId;
        var video = Path.Combine(OutputFolder, id + ".mp4");
        Assert.True(Mp4.LooksValid(video));
        Assert.Contains(display.Lines, line => line.StartsWith($"Saved {video} (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_the_fake_a_stopped_task_is_not_offered_for_resuming()
    {
        using var stop = new CancellationTokenSource();
        var display = new RecordingDisplay(onWaitStarted: stop.Cancel);

        var exit = await _clock.RunAsync(Job(display, onFake: true).RunAsync([], stop.Token));

        Assert.Equal(130, exit);
        var id = Assert.Single(_server.Tasks).TaskId;
        Assert.DoesNotContain(display.Lines, line => line.Contains("--resume " + id, StringComparison.Ordinal));
        Assert.DoesNotContain(display.Lines, line => line.Contains("Keep this id", StringComparison.Ordinal));
        Assert.Contains("forgets its tasks when the program ends: there is nothing to resume", display.Lines[^1]);
    }

    [Fact]
    public async Task On_the_fake_resume_is_refused_before_any_request_with_the_reason()
    {
        var display = new RecordingDisplay();

        var exit = await Job(display, onFake: true).RunAsync(["--resume", "task-fake-1"], CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("forgets its tasks when the program ends", Assert.Single(display.Lines));
        Assert.Empty(_server.Tasks);
    }

    [Fact]
    public async Task On_the_real_service_the_resume_hint_finishes_the_same_task()
    {
        // The fake stands in for the real service here: it keeps its tasks between the two runs, as the service does.
        using var stop = new CancellationTokenSource();
        var stopped = new RecordingDisplay(onWaitStarted: stop.Cancel);

        var first = await _clock.RunAsync(Job(stopped, onFake: false).RunAsync([], stop.Token));

        Assert.Equal(130, first);
        Assert.Contains(stopped.Lines, line => line.EndsWith("Keep this id to resume.", StringComparison.Ordinal));
        var hint = Regex.Match(stopped.Lines[^1], @"resume with (--resume) (\S+)$");
        Assert.True(hint.Success, stopped.Lines[^1]);

        var resumed = new RecordingDisplay();
        var second = await _clock.RunAsync(Job(resumed, onFake: false).RunAsync([hint.Groups[1].Value, hint.Groups[2].Value], CancellationToken.None));

        Assert.Equal(0, second);
        var task = Assert.Single(_server.Tasks);
        Assert.Equal(task.TaskId, hint.Groups[2].Value);
        Assert.True(Mp4.LooksValid(Path.Combine(OutputFolder, task.TaskId + ".mp4")));
    }

    private QuickstartJob Job(RecordingDisplay display, bool onFake)
        => new(Clients.OnFake(_server.CreateHandler(), _clock), display, onFake, OutputFolder);

    /// <summary>Keeps the lines the job prints; can act as the user pressing Ctrl-C once the wait has begun.</summary>
    private sealed class RecordingDisplay(Action? onWaitStarted = null) : ConsoleDisplay
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string[] Lines => _lines.ToArray();

        public override void Line(string text) => _lines.Enqueue(text);

        public override Task<string> RunAsync(Func<IProgress<VeoTaskProgress>, IProgress<VeoDownloadProgress>, Task<string>> work)
        {
            var started = 0;
            var generation = new SynchronousProgress<VeoTaskProgress>(_ =>
            {
                if (Interlocked.Exchange(ref started, 1) == 0)
                {
                    onWaitStarted?.Invoke();
                }
            });
            return work(generation, new SynchronousProgress<VeoDownloadProgress>(_ => { }));
        }
    }
}
