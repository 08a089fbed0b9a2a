using System;

namespace Veo.Contract;

/// <summary>The task ended with status <c>failed</c>; carries the vendor's error code (usually <c>task_failed</c>) and message.</summary>
public class VeoTaskFailedException : VeoException
{
    /// <summary>Creates the exception for a task whose last known state is <paramref name="task"/>.</summary>
    public VeoTaskFailedException(VeoTask task)
        : this(task, null)
    {
    }

    // The client passes its key: the error text comes from the server, which may echo it.
    internal VeoTaskFailedException(VeoTask task, string? apiKey)
        : base(Describe(task, apiKey))
    {
        Task = task;
        ErrorCode = SecretRedactor.Redact(task.Error?.Code, apiKey);
        ErrorMessage = SecretRedactor.Redact(task.Error?.Message, apiKey);
    }

    /// <summary>The task's id.</summary>
    public string TaskId => Task.TaskId;

    /// <summary>The vendor's <c>error.code</c> (the API key removed), null when it sent none.</summary>
    public string? ErrorCode { get; }

    /// <summary>The vendor's <c>error.message</c> (the API key removed), null when it sent none.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The task as last read from the service, unchanged.</summary>
    public VeoTask Task { get; }

    private static string Describe(VeoTask task, string? apiKey)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        var code = string.IsNullOrEmpty(task.Error?.Code) ? string.Empty : " (" + task.Error!.Code + ")";
        var reason = string.IsNullOrEmpty(task.Error?.Message) ? "." : ": " + task.Error!.Message;
        return SecretRedactor.Redact($"Task '{task.TaskId}' failed{code}{reason}", apiKey)!;
    }
}
