using System;
using System.Globalization;
using System.Linq;

namespace Veo.Contract;

/// <summary>
/// Waiting for a task took longer than the deadline, or the service asked (Retry-After) for a pause longer than the time
/// left. The task goes on on the service: keep <see cref="TaskId"/> and resume later with <see cref="VeoClient.GetOperation"/>.
/// A <see cref="VeoException"/> like every other failure of the client, so one catch covers them all.
/// </summary>
public class VeoWaitTimeoutException : VeoException
{
    /// <summary>Creates the exception for the task <paramref name="taskId"/>, last seen as <paramref name="lastKnownTask"/>.</summary>
    public VeoWaitTimeoutException(string taskId, TimeSpan timeout, VeoTask? lastKnownTask)
        : this(taskId, timeout, lastKnownTask, null)
    {
    }

    /// <summary>
    /// Creates the exception for the task <paramref name="taskId"/>, last seen as <paramref name="lastKnownTask"/>, when the
    /// service had last asked to wait <paramref name="retryAfter"/> before the next read.
    /// </summary>
    public VeoWaitTimeoutException(string taskId, TimeSpan timeout, VeoTask? lastKnownTask, TimeSpan? retryAfter)
        : base(Describe(taskId, timeout, lastKnownTask, retryAfter))
    {
        TaskId = taskId;
        Timeout = timeout;
        LastKnownTask = lastKnownTask;
        RetryAfter = retryAfter;
    }

    /// <summary>The task's id, to resume waiting later.</summary>
    public string TaskId { get; }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The task as last read from the service; null if no read succeeded.</summary>
    public VeoTask? LastKnownTask { get; }

    /// <summary>How long the service last asked the client to wait (Retry-After of a 429), if it did; resume no sooner.</summary>
    public TimeSpan? RetryAfter { get; }

    // A status the client does not know is server text: it is named only by its length, so no echo reaches the message.
    private static string Quoted(string? status)
        => status is null ? "unknown"
            : VeoTaskStatuses.All.Contains(status)
                ? status
                : string.Format(CultureInfo.InvariantCulture, "an unrecognised value of {0} characters", status.Length);

    private static string Describe(string taskId, TimeSpan timeout, VeoTask? lastKnownTask, TimeSpan? retryAfter)
    {
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "Task '{0}' did not end within {1:0.#} s (last status: {2}, {3}%). It is still running on the service; resume it by id.",
            taskId,
            timeout.TotalSeconds,
            Quoted(lastKnownTask?.Status),
            lastKnownTask?.Progress ?? 0);
        return retryAfter is { } wait
            ? text + string.Format(CultureInfo.InvariantCulture, " The service asked to wait {0:0.#} s before the next read.", wait.TotalSeconds)
            : text;
    }
}
