using System;
using System.Text.Json;

namespace Veo.Contract.Testing.Core;

/// <summary>Writes the spec's CreateTaskResponse, VeoTask and CancelTaskResponse bodies.</summary>
internal static class TaskJson
{
    public static byte[] Created(FakeTask task, FakeTaskView view) => Write(json =>
    {
        json.WriteString("task_id", task.Id);
        json.WriteString("model", task.Model);
        json.WriteString("action", task.Action);
        json.WriteString("status", view.Status);
        json.WriteNumber("created_at", task.CreatedAt.ToUnixTimeMilliseconds());
        json.WriteNumber("progress", view.Progress);
    });

    public static byte[] Task(FakeTask task, FakeTaskView view, Uri baseAddress, DateTimeOffset? videoExpiresAt) => Write(json =>
    {
        json.WriteString("task_id", task.Id);
        json.WriteString("status", view.Status);
        json.WriteString("action", task.Action);
        json.WriteString("model", task.Model);
        json.WriteNumber("progress", view.Progress);
        json.WriteNumber("created_at", task.CreatedAt.ToUnixTimeMilliseconds());
        if (view.EndedAt is { } ended)
        {
            json.WriteNumber("completed_at", ended.ToUnixTimeMilliseconds());
        }

        if (view.ErrorMessage is { } message)
        {
            json.WriteStartObject("error");
            json.WriteString("message", message);
            json.WriteString("code", ErrorCodes.TaskFailed);
            json.WriteEndObject();
        }

        if (videoExpiresAt is { } expires)
        {
            json.WriteStartObject("result");
            json.WriteStartArray("videos");
            json.WriteStartObject();
            json.WriteString("url", FakeRoutes.Video(baseAddress, task.Id).AbsoluteUri);
            json.WriteNumber("expires_at", expires.ToUnixTimeSeconds()); // seconds, as in the vendor's example
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartObject("urls");
        json.WriteString("get", FakeRoutes.Task(baseAddress, task.Id).AbsoluteUri);
        json.WriteString("cancel", FakeRoutes.Cancel(baseAddress, task.Id).AbsoluteUri);
        json.WriteEndObject();
    });

    public static byte[] Cancelled(FakeTask task, FakeTaskView view, double refundedQuota) => Write(json =>
    {
        json.WriteString("task_id", task.Id);
        json.WriteString("status", view.Status);
        json.WriteBoolean("refunded", true);
        json.WriteNumber("refunded_quota", refundedQuota);
    });

    private static byte[] Write(Action<Utf8JsonWriter> members) => JsonOutput.Object(members);
}
