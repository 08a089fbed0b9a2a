using System;

namespace Veo.Contract.Testing.Core;

/// <summary>A task as it is at one moment: what the status endpoint reports.</summary>
internal readonly struct FakeTaskView
{
    public FakeTaskView(string status, int progress, DateTimeOffset? endedAt, string? errorMessage)
    {
        Status = status;
        Progress = progress;
        EndedAt = endedAt;
        ErrorMessage = errorMessage;
    }

    public string Status { get; }

    public int Progress { get; }

    /// <summary>When the task completed, failed or was cancelled; null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; }

    /// <summary>Why the task failed; null unless it did.</summary>
    public string? ErrorMessage { get; }
}
