using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Leaks;

/// <summary>Text the server chose (a failed task's error, the model it echoes on create) reaches messages and logs without the key.</summary>
public class ServerTextRedactionTests
{
    // '+', '/', '=' and '%' are the characters that JSON, URL and base64 encoders change.
    private const string Key = "sk+veo/Key=9%2Fz7Qm";

    [Fact]
    public async Task A_failed_task_whose_error_echoes_the_key_is_reported_without_it()
    {
        var escaped = JsonSerializer.Serialize("rejected for Bearer " + Key);
        Assert.Contains("\\u002B", escaped);
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Json(HttpStatusCode.OK, TaskJson.Of("failed", 0, "\"error\":{\"code\":\"task_failed " + Key + "\",\"message\":" + escaped + "}"));
        var clock = new TestClock();
        var operation = await Client(handler, clock).SubmitAsync(Clients.VendorExample());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskFailedException>(() => clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromMinutes(1)))));

        Assert.Equal("rejected for Bearer [redacted]", error.ErrorMessage);
        Assert.Equal("task_failed [redacted]", error.ErrorCode);
        Assert.Contains("rejected for Bearer [redacted]", error.Message);
        Assert.DoesNotContain(Key, error.ToString());
    }

    [Fact]
    public async Task The_submitted_log_line_does_not_repeat_a_key_the_server_put_in_the_model()
    {
        var before = CapturedText.Snapshot().Count;
        var handler = new ScriptedHandler().Json(
            HttpStatusCode.OK,
            "{\"task_id\":\"" + TaskJson.TaskId + "\",\"model\":" + JsonSerializer.Serialize("veo-3.1 " + Key) + ",\"status\":\"queued\"}");

        await Client(handler, new TestClock()).SubmitAsync(Clients.VendorExample());

        var submitted = CapturedText.Snapshot().Skip(before).Where(line => line.Contains(TaskJson.TaskId + " submitted", StringComparison.Ordinal)).ToList();
        Assert.Contains(submitted, line => line.Contains("(veo-3.1 [redacted])", StringComparison.Ordinal));
        Assert.DoesNotContain(submitted, line => line.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_that_echoes_the_key_reaches_neither_the_wait_timeout_nor_the_log()
    {
        var before = CapturedText.Snapshot().Count;
        var echo = "processing " + Key;
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, TaskJson.Created);
        for (var read = 0; read < 5; read++)
        {
            handler.Task(echo, 40);
        }

        var clock = new TestClock();
        var operation = await Client(handler, clock).SubmitAsync(Clients.VendorExample());

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoWaitTimeoutException>(() => clock.RunAsync(operation.WaitForCompletionAsync(TimeSpan.FromSeconds(3)))));

        Assert.Equal(echo, error.LastKnownTask?.Status);
        Assert.Contains("an unrecognised value of " + echo.Length + " characters", error.Message);
        Assert.DoesNotContain(Key, error.ToString());
        var logged = CapturedText.Snapshot().Skip(before).Where(line => line.Contains(TaskJson.TaskId, StringComparison.Ordinal)).ToList();
        Assert.Contains(logged, line => line.Contains("processing [redacted] 40%", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, line => line.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_task_built_by_the_caller_keeps_its_text()
    {
        var task = new VeoTask { TaskId = "t1", Status = VeoTaskStatuses.Failed, Error = new TaskError { Code = "task_failed", Message = "safety filter" } };

        var error = new VeoTaskFailedException(task);

        Assert.Equal("Task 't1' failed (task_failed): safety filter", error.Message);
        Assert.Equal("safety filter", error.ErrorMessage);
    }

    private static VeoClient Client(ScriptedHandler handler, TestClock clock)
        => new(new HttpClient(handler) { BaseAddress = Clients.StubAddress }, Clients.Options(options => options.ApiKey = Key), clock, Clients.Logger);
}
