using System;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// Waiting for a task took longer than the deadline. The task goes on on the service: keep <see cref="TaskId"/>
/// and resume later with <see cref="VeoClient.GetOperation"/>.
/// </summary>
public class VeoWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for the task <paramref name="taskId"/>, last seen as <paramref name="lastKnownTask"/>.</summary>
    public VeoWaitTimeoutException(string taskId, TimeSpan timeout, VeoTask? lastKnownTask)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "Task '{0}' did not end within {1:0.#} s (last status: {2}, {3}%). It is still running on the service; resume it by id.",
            taskId,
            timeout.TotalSeconds,
            lastKnownTask?.Status ?? "unknown",
            lastKnownTask?.Progress ?? 0))
    {
        TaskId = taskId;
        Timeout = timeout;
        LastKnownTask = lastKnownTask;
    }

    /// <summary>The task's id, to resume waiting later.</summary>
    public string TaskId { get; }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The task as last read from the service; null if no read succeeded.</summary>
    public VeoTask? LastKnownTask { get; }
}
