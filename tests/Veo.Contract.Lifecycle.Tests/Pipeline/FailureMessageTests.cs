using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// What a call without an answer says depends on what the call was: a status read or a cancel that timed out or lost
/// its connection names its task (to read it again) and says nothing about creating tasks; a create says a task may
/// exist. No message suggests a call the client does not have (there is no list call).
/// </summary>
public class FailureMessageTests
{
    private readonly TestClock _clock = new();

    public static TheoryData<string> ReadAndCancel => new() { "read", "cancel" };

    [Theory]
    [MemberData(nameof(ReadAndCancel))]
    public async Task A_timed_out_read_or_cancel_names_its_task_and_says_nothing_about_creates(string call)
    {
        // HttpClient reports its own Timeout as a cancellation nobody asked for.
        var error = await FailsWith<VeoRequestTimeoutException>(call, new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException()));

        AssertNamesTheTaskOnly(error);
        Assert.Contains("within 100 s", error.Message);
        Assert.Equal(TimeSpan.FromSeconds(100), error.Timeout);
    }

    [Theory]
    [MemberData(nameof(ReadAndCancel))]
    public async Task A_read_or_cancel_whose_connection_broke_names_its_task_and_says_nothing_about_creates(string call)
    {
        var error = await FailsWith<VeoConnectionException>(call, new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer")));

        AssertNamesTheTaskOnly(error);
        Assert.Contains("(HttpRequestException)", error.Message);
    }

    [Theory]
    [MemberData(nameof(ReadAndCancel))]
    public async Task A_read_or_cancel_that_never_connected_names_its_task(string call)
    {
        var error = await FailsWith<VeoConnectionException>(call, new HttpRequestException("Resource temporarily unavailable", new SocketException((int)SocketError.TryAgain)));

        AssertNamesTheTaskOnly(error);
        Assert.Contains("the host name did not resolve", error.Message);
        Assert.Contains("nothing was sent", error.Message);
    }

    [Fact]
    public async Task A_cancel_without_an_answer_says_it_may_or_may_not_have_gone_through()
    {
        var error = await FailsWith<VeoRequestTimeoutException>("cancel", new TaskCanceledException("timeout", new TimeoutException()));

        Assert.Contains($"the cancel of task '{TaskJson.TaskId}'", error.Message);
        Assert.Contains("may or may not have been cancelled", error.Message);
    }

    [Fact]
    public async Task A_timed_out_create_says_a_task_may_exist_and_suggests_no_call_the_client_lacks()
    {
        var handler = new ScriptedHandler().Respond(_ => throw new TaskCanceledException("timeout", new TimeoutException()));
        var client = Clients.OnStub(handler, _clock, options => options.MaxRetries = 0);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRequestTimeoutException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.StartsWith("The Veo API did not answer the create request within 100 s.", error.Message);
        Assert.Contains("may have created (and billed) the task", error.Message);
        Assert.DoesNotContain("list", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<T> FailsWith<T>(string call, Exception failure)
        where T : VeoException
    {
        var handler = new ScriptedHandler().Respond(_ => throw failure);
        var client = Clients.OnStub(handler, _clock, options => options.MaxRetries = 0);
        Func<Task> act = call == "read" ? () => client.GetTaskAsync(TaskJson.TaskId) : () => client.CancelTaskAsync(TaskJson.TaskId);
        var error = CapturedText.Exception(await Assert.ThrowsAsync<T>(act));
        Assert.Single(handler.Requests);
        return error;
    }

    private static void AssertNamesTheTaskOnly(VeoException error)
    {
        Assert.Contains($"task '{TaskJson.TaskId}'", error.Message);
        Assert.Contains($"GetOperation(\"{TaskJson.TaskId}\")", error.Message);
        Assert.DoesNotContain("create", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("list", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
