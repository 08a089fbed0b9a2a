using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Veo.Contract;

/// <summary>
/// A handle on one generation task, in the style of the Azure SDK's long-running operations: it knows the task id,
/// reads the status, waits for the end with progress reports, cancels and downloads the video.
/// Only the id is needed to rebuild it (<see cref="VeoClient.GetOperation"/>), so a program can resume after a restart.
/// Methods are virtual so tests can mock them.
/// </summary>
public class VeoTaskOperation
{
    private readonly VeoClient _client;

    /// <summary>Creates a handle on the task <paramref name="taskId"/>, optionally with its last known state.</summary>
    public VeoTaskOperation(VeoClient client, string taskId, VeoTask? lastKnownTask = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Id = string.IsNullOrWhiteSpace(taskId)
            ? throw new ArgumentException("A task id is required (the task_id a create call returned).", nameof(taskId))
            : taskId;
        LastKnownTask = lastKnownTask;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected VeoTaskOperation()
    {
        _client = null!;
        Id = string.Empty;
    }

    /// <summary>The task id; store it to resume later.</summary>
    public string Id { get; }

    /// <summary>The task as last read (or as the create call returned it); null for a resumed handle before its first read.</summary>
    public VeoTask? LastKnownTask { get; private set; }

    /// <summary>The last known status; null before the first read.</summary>
    public string? Status => LastKnownTask?.Status;

    /// <summary>Whether the task has ended, as far as the last read knows.</summary>
    public bool HasEnded => VeoTaskStatusNames.HasEnded(Status);

    /// <summary>Whether the task has completed with a video, as far as the last read knows.</summary>
    public bool HasCompleted => Status == VeoTaskStatuses.Completed;

    /// <summary>Reads the task's state once and remembers it.</summary>
    public virtual async Task<VeoTask> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var task = await _client.GetTaskAsync(Id, cancellationToken).ConfigureAwait(false);
        LastKnownTask = task;
        return task;
    }

    /// <summary>
    /// Waits until the task ends, within <see cref="VeoClientOptions.WaitTimeout"/>; see
    /// <see cref="WaitForCompletionAsync(TimeSpan, IProgress{VeoTaskProgress}, CancellationToken)"/>.
    /// </summary>
    public virtual Task<VeoTask> WaitForCompletionAsync(IProgress<VeoTaskProgress>? progress = null, CancellationToken cancellationToken = default)
        => WaitForCompletionAsync(_client.Options.WaitTimeout, progress, cancellationToken);

    /// <summary>
    /// Reads the status until the task ends and returns the completed task. Waits start at
    /// <see cref="VeoClientOptions.PollingInterval"/> and grow to <see cref="VeoClientOptions.MaxPollingInterval"/>;
    /// a 429 answer is waited out (Retry-After when sent, never less than the current interval) instead of failing the
    /// wait. A read never comes sooner than the current interval or Retry-After, nor after <paramref name="timeout"/>: when
    /// the next one would, the wait ends at the deadline with <see cref="VeoWaitTimeoutException"/> (carrying the last
    /// status and the server's Retry-After, if any). A status read in flight is bounded by the deadline too.
    /// <paramref name="progress"/> gets a report whenever the status or percent changes.
    /// </summary>
    /// <exception cref="VeoTaskFailedException">The task failed; carries the vendor's error code and message.</exception>
    /// <exception cref="VeoTaskCancelledException">The task was cancelled on the service.</exception>
    /// <exception cref="VeoWaitTimeoutException"><paramref name="timeout"/> passed first; the task goes on and can be resumed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> stopped the wait; the task goes on.</exception>
    public virtual async Task<VeoTask> WaitForCompletionAsync(TimeSpan timeout, IProgress<VeoTaskProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        var clock = _client.TimeProvider;
        var started = clock.GetTimestamp();
        var options = _client.Options;
        var schedule = new PollingSchedule(options.PollingInterval, options.MaxPollingInterval);
        var reporter = new ProgressReporter(progress);
        TimeSpan? retryAfter = null;
        reporter.Report(LastKnownTask);
        if (LastKnownTask is { } known && VeoTaskStatusNames.HasEnded(known.Status))
        {
            return Concluded(known);
        }

        // A resumed handle knows nothing yet: read at once. A fresh one was just created: give the service a moment.
        var wait = LastKnownTask is null ? TimeSpan.Zero : schedule.Next();

        // `for (;;)` and a nullable `task` rather than `while (true)` and `continue`: the loop has no condition and no
        // path reads an unassigned local, so the method still compiles when a mutation tool rewrites one statement.
        for (;;)
        {
            TimeSpan? left = timeout == Timeout.InfiniteTimeSpan ? null : timeout - clock.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                if (left is { } rest && wait >= rest)
                {
                    // The next read may not come sooner (polling interval, Retry-After) and would come after the deadline:
                    // the wait ends at the deadline without reading again.
                    if (rest > TimeSpan.Zero)
                    {
                        await TimeProviderWaits.Delay(clock, rest, cancellationToken).ConfigureAwait(false);
                    }

                    throw TimedOut(timeout, retryAfter);
                }

                await TimeProviderWaits.Delay(clock, wait, cancellationToken).ConfigureAwait(false);
                left = timeout == Timeout.InfiniteTimeSpan ? null : timeout - clock.GetElapsedTime(started);
            }

            // A wait that woke at or past the deadline (a late timer on a busy machine, a clock that jumped) reads no more:
            // a read now would come after the deadline, bounded by nothing shorter than the request's own timeouts.
            if (left <= TimeSpan.Zero)
            {
                throw TimedOut(timeout, retryAfter);
            }

            VeoTask? task = null;
            try
            {
                // Bounded by what is left of the wait; retries of 5xx come no sooner than the polling interval, and a 429 is
                // handled here, in the polling schedule, instead of being retried at once.
                var call = new VeoCall(VeoRequestKind.Read, left, options.PollingInterval, retryRateLimits: false);
                task = await _client.ReadTaskAsync(Id, call, cancellationToken).ConfigureAwait(false);
                LastKnownTask = task;
                retryAfter = null;
            }
            catch (VeoRateLimitedException limited)
            {
                // No task this round: the next pass of the loop waits what the service asked for.
                retryAfter = limited.RetryAfter;
                wait = schedule.AfterRateLimit(limited.RetryAfter);
                _client.Logger.LogWarning("Task {TaskId}: the service asked to slow down (HTTP 429); next status read in {Wait}.", Id, wait);
            }
            catch (VeoRequestTimeoutException late) when (late.ByCallerDeadline)
            {
                throw TimedOut(timeout, retryAfter);
            }

            if (task is not null)
            {
                reporter.Report(task);
                if (VeoTaskStatusNames.HasEnded(task.Status))
                {
                    _client.Logger.LogInformation("Task {TaskId} ended: {Status}.", Id, task.Status);
                    return Concluded(task);
                }

                // The status is server text (a new value is allowed through as is), so it is redacted like any echo.
                _client.Logger.LogDebug("Task {TaskId}: {Status} {Progress}%.", Id, SecretRedactor.Redact(task.Status, _client.Options.ApiKey), task.Progress);

                // A read that ended at or past the deadline needs no check here: the next pass finds no time left for this
                // wait and ends at once.
                wait = schedule.Next();
            }
        }
    }

    /// <summary>Cancels the task; the service accepts this only while it is queued.</summary>
    public virtual async Task<CancelTaskResponse> CancelAsync(CancellationToken cancellationToken = default)
    {
        var response = await _client.CancelTaskAsync(Id, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(response.Status))
        {
            LastKnownTask = new VeoTask
            {
                TaskId = Id,
                Status = response.Status,
                Model = LastKnownTask?.Model,
                Action = LastKnownTask?.Action,
                Progress = LastKnownTask?.Progress,
                CreatedAt = LastKnownTask?.CreatedAt,
            };
        }

        return response;
    }

    /// <summary>Writes the finished video to <paramref name="destination"/>; the task must have completed (wait first).</summary>
    public virtual Task DownloadVideoAsync(Stream destination, IProgress<VeoDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
        => _client.DownloadVideoAsync(CompletedTask(), destination, progress, cancellationToken);

    /// <summary>
    /// Saves the finished video to <paramref name="path"/> (folders are created; a folder path such as <c>out/</c> gets
    /// <c>&lt;task id&gt;.mp4</c>) and returns its full path. The file appears only once complete: on any failure nothing is
    /// left behind. The task must have completed (wait first, or use <see cref="WaitAndDownloadVideoToFileAsync"/>, which
    /// checks the destination before the wait).
    /// </summary>
    public virtual Task<string> DownloadVideoToFileAsync(string path, IProgress<VeoDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
        => _client.DownloadVideoToFileAsync(CompletedTask(), path, progress, cancellationToken);

    /// <summary>
    /// Checks that <paramref name="path"/> can be written (creates its folder, tries a hidden file there), then waits for
    /// the task like <see cref="WaitForCompletionAsync(IProgress{VeoTaskProgress}, CancellationToken)"/> and saves its
    /// video like <see cref="DownloadVideoToFileAsync"/>; returns the file's full path. A destination that cannot be
    /// written fails at once, before a wait of minutes, and the task goes on (resume it with its <see cref="Id"/>).
    /// </summary>
    /// <exception cref="VeoDownloadDestinationException">The destination cannot be written; nothing was waited for.</exception>
    public virtual async Task<string> WaitAndDownloadVideoToFileAsync(
        string path,
        IProgress<VeoTaskProgress>? waitProgress = null,
        IProgress<VeoDownloadProgress>? downloadProgress = null,
        CancellationToken cancellationToken = default)
    {
        var destination = VideoDestination.For(path, Id);
        destination.EnsureWritable();
        var task = await WaitForCompletionAsync(waitProgress, cancellationToken).ConfigureAwait(false);
        return await _client.SaveVideoAsync(task, destination, downloadProgress, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Status ?? "not read yet"}";

    private VeoTask CompletedTask()
        => LastKnownTask is { Status: VeoTaskStatuses.Completed } task
            ? task
            : throw new InvalidOperationException($"Task '{Id}' is {(Status is null ? "not read yet" : "'" + Status + "'")}, not completed: call WaitForCompletionAsync first.");

    private VeoTask Concluded(VeoTask task) => task.Status switch
    {
        VeoTaskStatuses.Completed => task,
        VeoTaskStatuses.Failed => throw new VeoTaskFailedException(task, _client.Options.ApiKey),
        _ => throw new VeoTaskCancelledException(task),
    };

    private VeoWaitTimeoutException TimedOut(TimeSpan timeout, TimeSpan? retryAfter)
    {
        _client.Logger.LogWarning("Task {TaskId} did not end within {Timeout}; it is still running on the service.", Id, timeout);
        return new VeoWaitTimeoutException(Id, timeout, LastKnownTask, retryAfter);
    }
}
