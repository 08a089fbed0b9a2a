using System.Globalization;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Task bodies as the vendor's status page describes them, for the stub server.</summary>
internal static class TaskJson
{
    public const string TaskId = "task-wave1775285160b950328499";

    public static string Of(string status, int? progress = null, string? extraMembers = null)
    {
        var json = $"{{\"task_id\":\"{TaskId}\",\"status\":\"{status}\",\"model\":\"veo-3.1\",\"action\":\"generate\",\"created_at\":1775285160040";
        if (progress is { } percent)
        {
            json += ",\"progress\":" + percent.ToString(CultureInfo.InvariantCulture);
        }

        if (extraMembers is not null)
        {
            json += "," + extraMembers;
        }

        return json + "}";
    }

    public const string Created = "{\"task_id\":\"" + TaskId + "\",\"model\":\"veo-3.1\",\"action\":\"generate\",\"status\":\"queued\",\"created_at\":1775285160040,\"progress\":0}";

    public static string Error(string code, string message) => $"{{\"error\":{{\"message\":\"{message}\",\"code\":\"{code}\"}}}}";
}
