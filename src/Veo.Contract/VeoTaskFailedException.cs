using System;

namespace Veo.Contract;

/// <summary>The task ended with status <c>failed</c>; carries the vendor's error code (usually <c>task_failed</c>) and message.</summary>
public class VeoTaskFailedException : VeoException
{
    /// <summary>Creates the exception for a task whose last known state is <paramref name="task"/>.</summary>
    public VeoTaskFailedException(VeoTask task)
        : base(Describe(task))
    {
        Task = task;
    }

    /// <summary>The task's id.</summary>
    public string TaskId => Task.TaskId;

    /// <summary>The vendor's <c>error.code</c>, null when it sent none.</summary>
    public string? ErrorCode => Task.Error?.Code;

    /// <summary>The vendor's <c>error.message</c>, null when it sent none.</summary>
    public string? ErrorMessage => Task.Error?.Message;

    /// <summary>The task as last read from the service.</summary>
    public VeoTask Task { get; }

    private static string Describe(VeoTask task)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        var code = string.IsNullOrEmpty(task.Error?.Code) ? string.Empty : " (" + task.Error!.Code + ")";
        var reason = string.IsNullOrEmpty(task.Error?.Message) ? "." : ": " + task.Error!.Message;
        return $"Task '{task.TaskId}' failed{code}{reason}";
    }
}
