using System.Text;

namespace Veo.Contract.Benchmarks;

/// <summary>The bodies the canned handler answers with: the vendor's create answer and a status poll mid-generation.</summary>
internal static class CannedJson
{
    public const string TaskId = "task-wave1775285160b950328499";

    public static readonly byte[] CreateResponse = Encoding.UTF8.GetBytes(
        """
        {
          "task_id": "task-wave1775285160b950328499",
          "model": "veo-3.1",
          "action": "generate",
          "status": "queued",
          "created_at": 1775285160040,
          "progress": 0
        }
        """);

    public static readonly byte[] StatusResponse = Encoding.UTF8.GetBytes(
        """
        {
          "task_id": "task-wave1775285160b950328499",
          "status": "processing",
          "action": "generate",
          "model": "veo-3.1",
          "progress": 42,
          "created_at": 1775285160040,
          "urls": {
            "get": "https://qingbo.dev/v1/tasks/task-wave1775285160b950328499",
            "cancel": "https://qingbo.dev/v1/tasks/task-wave1775285160b950328499/cancel"
          }
        }
        """);
}
