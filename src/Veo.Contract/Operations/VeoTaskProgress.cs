using System;

namespace Veo.Contract;

/// <summary>One report of a task's state while <see cref="VeoTaskOperation"/> waits for it; sent whenever status or percent changes.</summary>
public sealed class VeoTaskProgress
{
    /// <summary>Creates a report of <paramref name="task"/>.</summary>
    public VeoTaskProgress(VeoTask task)
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
        Percent = PercentOf(task);
    }

    /// <summary>The task's id.</summary>
    public string TaskId => Task.TaskId;

    /// <summary>The status as the service sent it: queued, processing, completed, failed, cancelled or a value added later.</summary>
    public string Status => Task.Status;

    /// <summary>Progress in percent, 0 to 100; 100 once completed even when the service left it out.</summary>
    public int Percent { get; }

    /// <summary>Whether the task has ended (completed, failed or cancelled).</summary>
    public bool HasEnded => VeoTaskStatusNames.HasEnded(Task.Status);

    /// <summary>The task as read from the service.</summary>
    public VeoTask Task { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {Status} {Percent}%";

    internal static int PercentOf(VeoTask task)
    {
        if (task.Status == VeoTaskStatuses.Completed)
        {
            return 100;
        }

        var percent = task.Progress ?? 0;
        return percent < 0 ? 0 : percent > 100 ? 100 : percent;
    }
}
