namespace Veo.Contract;

/// <summary>Which status values end a task. Any other value, including one the vendor adds later, means "still running".</summary>
internal static class VeoTaskStatusNames
{
    public static bool HasEnded(string? status)
        => status == VeoTaskStatuses.Completed || status == VeoTaskStatuses.Failed || status == VeoTaskStatuses.Cancelled;
}
