using System;
using System.Text.Json;

namespace Veo.Contract.Testing.Core;

/// <summary>Writes the spec's CreateTaskResponse, VeoTask and CancelTaskResponse bodies through their generated DTOs.</summary>
internal static class TaskJson
{
    public static byte[] Created(FakeTask task, FakeTaskView view) => JsonOutput.Write(
        new CreateTaskResponse
        {
            TaskId = task.Id,
            Model = task.Model,
            Action = task.Action,
            Status = view.Status,
            CreatedAt = task.CreatedAt.ToUnixTimeMilliseconds(),
            Progress = view.Progress,
        },
        VeoJsonContext.Default.CreateTaskResponse);

    public static byte[] Task(FakeTask task, FakeTaskView view, Uri baseAddress, DateTimeOffset? videoExpiresAt) => JsonOutput.Write(
        new VeoTask
        {
            TaskId = task.Id,
            Status = view.Status,
            Action = task.Action,
            Model = task.Model,
            Progress = view.Progress,
            CreatedAt = task.CreatedAt.ToUnixTimeMilliseconds(),
            CompletedAt = view.EndedAt?.ToUnixTimeMilliseconds(),
            Error = view.ErrorMessage is { } message ? new TaskError { Message = message, Code = VeoErrorCodes.TaskFailed } : null,
            Result = videoExpiresAt is { } expires ? new TaskResult { Videos = new[] { Video(baseAddress, task.Id, expires) } } : null,
            Urls = new TaskUrls
            {
                Get = Link(baseAddress, VeoOperations.GetTask, task.Id),
                Cancel = Link(baseAddress, VeoOperations.CancelTask, task.Id),
            },
        },
        VeoJsonContext.Default.VeoTask);

    public static byte[] Cancelled(FakeTask task, FakeTaskView view, double refundedQuota) => JsonOutput.Write(
        new CancelTaskResponse { TaskId = task.Id, Status = view.Status, Refunded = true, RefundedQuota = refundedQuota },
        VeoJsonContext.Default.CancelTaskResponse);

    /// <summary>A create answer cut off inside its task id's string: the malformed body of the fault of that name.</summary>
    public static byte[] CutOff()
    {
        const string IdStart = "task-";
        var whole = JsonOutput.Write(new CreateTaskResponse { TaskId = IdStart + "cut", Status = VeoTaskStatuses.Queued }, VeoJsonContext.Default.CreateTaskResponse);
        var cut = whole.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(IdStart)) + IdStart.Length;
        return whole.AsSpan(0, cut).ToArray();
    }

    // url as one string (the shape of the vendor's example); expires_at in seconds, as in the vendor's example.
    private static TaskVideo Video(Uri baseAddress, string id, DateTimeOffset expires) => new()
    {
        Url = JsonSerializer.SerializeToElement(VideoRoute.Link(baseAddress, id).AbsoluteUri, VeoJsonContext.Default.String),
        ExpiresAt = expires.ToUnixTimeSeconds(),
    };

    // Built from the absolute text, which is what the JSON writer emits for a Uri (its original string).
    private static Uri Link(Uri baseAddress, VeoRoute operation, string id) => new(new Uri(baseAddress, operation.PathFor(id)).AbsoluteUri);
}
