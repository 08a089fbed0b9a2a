using System;

namespace Veo.Contract;

/// <summary>
/// The task ended with status <c>cancelled</c> on the service (someone cancelled it), so there is no video.
/// Not to be confused with <see cref="OperationCanceledException"/>, which means the caller's token stopped the wait.
/// </summary>
public class VeoTaskCancelledException : VeoException
{
    /// <summary>Creates the exception for a task whose last known state is <paramref name="task"/>.</summary>
    public VeoTaskCancelledException(VeoTask task)
        : base($"Task '{task?.TaskId}' was cancelled on the service; it has no video.")
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
    }

    /// <summary>The task's id.</summary>
    public string TaskId => Task.TaskId;

    /// <summary>The task as last read from the service.</summary>
    public VeoTask Task { get; }
}
