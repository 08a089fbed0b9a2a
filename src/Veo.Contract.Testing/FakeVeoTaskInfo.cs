using System;
using Veo.Contract.Testing.Core;

namespace Veo.Contract.Testing;

/// <summary>
/// A task the fake holds, as it is at the moment it was read: what a test inspects to find a task whose create
/// answer never arrived (see <see cref="FakeVeoServer.Tasks"/>).
/// </summary>
public sealed class FakeVeoTaskInfo
{
    internal FakeVeoTaskInfo(FakeTask task, DateTimeOffset now)
    {
        var view = task.ViewAt(now);
        TaskId = task.Id;
        Model = task.Model;
        Action = task.Action;
        Prompt = task.Prompt;
        DurationSeconds = task.DurationSeconds;
        CreatedAt = task.CreatedAt;
        Status = view.Status;
        Progress = view.Progress;
        EndedAt = view.EndedAt;
    }

    /// <summary>The <c>task_id</c> the create call returned (or would have).</summary>
    public string TaskId { get; }

    /// <summary>The requested model id.</summary>
    public string Model { get; }

    /// <summary>The requested action (<c>generate</c> unless the request said otherwise).</summary>
    public string Action { get; }

    /// <summary>The request's prompt.</summary>
    public string Prompt { get; }

    /// <summary>The requested video length in seconds.</summary>
    public int DurationSeconds { get; }

    /// <summary>When the task was created (and billed).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The status at the moment of reading: <c>queued</c>, <c>processing</c>, <c>completed</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public string Status { get; }

    /// <summary>Progress 0–100 at the moment of reading.</summary>
    public int Progress { get; }

    /// <summary>When the task completed, failed or was cancelled; null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} ({Status}, {Model}): {Prompt}";
}
