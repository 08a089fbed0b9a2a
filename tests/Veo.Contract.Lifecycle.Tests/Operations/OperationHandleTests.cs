using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Operations;

/// <summary>The operation handle outside the wait: construction, reading once, cancelling, and what it says about itself.</summary>
public class OperationHandleTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public void A_handle_needs_a_client()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new VeoTaskOperation(null!, TaskJson.TaskId));

        Assert.Equal("client", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_handle_needs_a_task_id(string taskId)
    {
        var client = Clients.OnStub(new ScriptedHandler(), _clock);

        var error = Assert.Throws<ArgumentException>(() => new VeoTaskOperation(client, taskId));

        Assert.Equal("taskId", error.ParamName);
        Assert.Contains("task id is required", error.Message);
    }

    [Fact]
    public void A_handle_made_for_mocking_has_an_empty_id_and_knows_nothing()
    {
        var mock = new MockedOperation();

        Assert.Equal(string.Empty, mock.Id);
        Assert.Null(mock.LastKnownTask);
        Assert.False(mock.HasEnded);
    }

    [Fact]
    public async Task Reading_once_remembers_what_was_read()
    {
        var handler = new ScriptedHandler().Task("processing", 35);
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        var task = await operation.UpdateStatusAsync();

        Assert.Same(task, operation.LastKnownTask);
        Assert.Equal("processing", operation.Status);
        Assert.False(operation.HasEnded);
        Assert.False(operation.HasCompleted);
    }

    [Fact]
    public async Task The_handle_describes_itself_by_id_and_status()
    {
        var handler = new ScriptedHandler().Task("processing", 35);
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        Assert.Equal(TaskJson.TaskId + ": not read yet", operation.ToString());
        await operation.UpdateStatusAsync();
        Assert.Equal(TaskJson.TaskId + ": processing", operation.ToString());
    }

    [Fact]
    public async Task Downloading_says_what_state_the_task_is_in()
    {
        var handler = new ScriptedHandler().Task("processing", 35);
        var operation = Clients.OnStub(handler, _clock).GetOperation(TaskJson.TaskId);

        var unread = await Assert.ThrowsAsync<InvalidOperationException>(() => operation.DownloadVideoToFileAsync("video.mp4"));
        await operation.UpdateStatusAsync();
        var running = await Assert.ThrowsAsync<InvalidOperationException>(() => operation.DownloadVideoAsync(System.IO.Stream.Null));

        Assert.Equal($"Task '{TaskJson.TaskId}' is not read yet, not completed: call WaitForCompletionAsync first.", unread.Message);
        Assert.Equal($"Task '{TaskJson.TaskId}' is 'processing', not completed: call WaitForCompletionAsync first.", running.Message);
    }

    [Fact]
    public async Task A_cancel_keeps_what_was_known_of_the_task_and_takes_the_new_status()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json(HttpStatusCode.OK, "{\"task_id\":\"" + TaskJson.TaskId + "\",\"status\":\"cancelled\"}");
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var before = operation.LastKnownTask!;

        var response = await operation.CancelAsync();

        var after = operation.LastKnownTask!;
        Assert.Equal("cancelled", response.Status);
        Assert.NotSame(before, after);
        Assert.Equal(TaskJson.TaskId, after.TaskId);
        Assert.Equal("cancelled", after.Status);
        Assert.Equal(before.Model, after.Model);
        Assert.Equal(before.Action, after.Action);
        Assert.Equal(before.Progress, after.Progress);
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.True(operation.HasEnded);
    }

    [Fact]
    public async Task A_cancel_answered_without_a_status_leaves_the_known_state_alone()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json(HttpStatusCode.OK, "{\"task_id\":\"" + TaskJson.TaskId + "\",\"status\":\"\"}");
        var client = Clients.OnStub(handler, _clock);
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var before = operation.LastKnownTask;

        await operation.CancelAsync();

        Assert.Same(before, operation.LastKnownTask);
    }

    [Fact]
    public async Task The_wait_first_reports_the_state_the_create_call_returned()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Task("processing", 10)
            .Task("completed", 100, "\"result\":{\"videos\":[{\"url\":\"https://cdn.stub.test/v.mp4\"}]}");
        var client = Clients.OnStub(handler, _clock);
        var reports = new List<VeoTaskProgress>();
        var operation = await client.SubmitAsync(Clients.VendorExample());

        await _clock.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(reports.Add)));

        Assert.Equal(new[] { "queued", "processing", "completed" }, reports.Select(report => report.Status));
    }

    private sealed class MockedOperation : VeoTaskOperation
    {
    }
}
