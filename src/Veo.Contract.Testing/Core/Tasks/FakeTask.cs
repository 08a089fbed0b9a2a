using System;
using Veo.Contract.Testing.Video;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// One task. Its status is computed from the clock on every read (queued, then processing with rising progress,
/// then completed), so nothing runs in the background; only cancel and injected failure are stored.
/// </summary>
internal sealed class FakeTask
{
    private readonly object _gate = new();
    private readonly TimeSpan _queued;
    private readonly TimeSpan _processing;
    private readonly string? _scheduledFailure;
    private FakeTaskView? _ending;

    public FakeTask(string id, string model, string action, string prompt, FakeVideoFormat video, DateTimeOffset createdAt, TimeSpan queued, TimeSpan processing, string? scheduledFailure)
    {
        Id = id;
        Model = model;
        Action = action;
        Prompt = prompt;
        Video = video;
        CreatedAt = createdAt;
        _queued = queued < TimeSpan.Zero ? TimeSpan.Zero : queued;
        _processing = processing < TimeSpan.Zero ? TimeSpan.Zero : processing;
        _scheduledFailure = scheduledFailure;
    }

    public string Id { get; }

    public string Model { get; }

    public string Action { get; }

    public string Prompt { get; }

    /// <summary>The requested video length in seconds; the served video has this length.</summary>
    public int DurationSeconds => Video.Seconds;

    /// <summary>The video the request asked for: frame size (resolution and aspect ratio) and length.</summary>
    public FakeVideoFormat Video { get; }

    public DateTimeOffset CreatedAt { get; }

    public FakeTaskView ViewAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _ending ?? Scheduled(now);
        }
    }

    /// <summary>True once the task ended at least <paramref name="retention"/> before <paramref name="now"/>.</summary>
    public bool IsForgottenAt(DateTimeOffset now, TimeSpan retention)
        => ViewAt(now).EndedAt is { } ended && now - ended >= retention;

    /// <summary>Cancels the task if it is still queued at <paramref name="now"/>; returns the task as it is afterwards.</summary>
    public bool TryCancel(DateTimeOffset now, out FakeTaskView view)
    {
        lock (_gate)
        {
            view = _ending ?? Scheduled(now);
            if (view.Status != VeoTaskStatuses.Queued)
            {
                return false;
            }

            view = new FakeTaskView(VeoTaskStatuses.Cancelled, 0, now, null);
            _ending = view;
            return true;
        }
    }

    /// <summary>Fails the task now unless it has already ended.</summary>
    public bool TryFail(DateTimeOffset now, string message)
    {
        lock (_gate)
        {
            var view = _ending ?? Scheduled(now);
            if (view.EndedAt is not null)
            {
                return false;
            }

            _ending = new FakeTaskView(VeoTaskStatuses.Failed, view.Progress, now, message);
            return true;
        }
    }

    private FakeTaskView Scheduled(DateTimeOffset now)
    {
        var elapsed = now - CreatedAt;
        if (elapsed < _queued)
        {
            return new FakeTaskView(VeoTaskStatuses.Queued, 0, null, null);
        }

        var processed = elapsed - _queued;
        if (processed < _processing)
        {
            // 1..99 while processing: never 0 (that reads as queued) and never 100 (that is completed).
            var progress = 1 + (int)(98.0 * processed.Ticks / _processing.Ticks);
            return new FakeTaskView(VeoTaskStatuses.Processing, Math.Min(progress, 99), null, null);
        }

        var endedAt = CreatedAt + _queued + _processing;
        return _scheduledFailure is null
            ? new FakeTaskView(VeoTaskStatuses.Completed, 100, endedAt, null)
            : new FakeTaskView(VeoTaskStatuses.Failed, 99, endedAt, _scheduledFailure);
    }
}
