using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// Answers at the edges of what the pipeline reads: the last 2xx status, a request id among the content headers, a
/// body one byte past a limit that sits at the first buffer's size, and what a broken connection is reported as.
/// </summary>
public class AnswerEdgeTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task A_299_answer_is_a_success()
    {
        var handler = new ScriptedHandler().Json((HttpStatusCode)299, TaskJson.Of("processing", 12));

        var task = await Clients.OnStub(handler, _clock).GetTaskAsync(TaskJson.TaskId);

        Assert.Equal(12, task.Progress);
    }

    [Fact]
    public async Task A_request_id_sent_among_the_content_headers_is_read()
    {
        var handler = new ScriptedHandler().Respond(_ =>
        {
            var content = new StringContent(TaskJson.Error("busy", "Busy."), Encoding.UTF8, "application/json");
            content.Headers.TryAddWithoutValidation("X-Request-Id", "from-content");
            return new HttpResponseMessage(HttpStatusCode.Conflict) { Content = content };
        });

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => Clients.OnStub(handler, _clock).GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal("from-content", error.RequestId);
    }

    [Fact]
    public async Task A_limit_at_the_first_buffer_size_refuses_one_byte_more()
    {
        var body = new byte[4097];
        Array.Fill(body, (byte)' ');
        Encoding.UTF8.GetBytes(TaskJson.Of("processing", 1)).CopyTo(body, 0);
        var handler = new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ChunkedStream(body, 512)) });
        var client = Clients.OnStub(handler, _clock, options =>
        {
            options.MaxResponseBodyBytes = 4096;
            options.MaxRetries = 0;
        });

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Contains("MaxResponseBodyBytes (4096 bytes)", error.Message);
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, "the connection was refused")]
    [InlineData(SocketError.HostNotFound, "the host name did not resolve")]
    [InlineData(SocketError.TryAgain, "the host name did not resolve")]
    [InlineData(SocketError.NoData, "the host name did not resolve")]
    [InlineData(SocketError.NetworkUnreachable, "the host is unreachable")]
    [InlineData(SocketError.HostUnreachable, "the host is unreachable")]
    public async Task A_connection_never_made_says_why_and_that_nothing_was_sent(SocketError reason, string because)
    {
        var handler = new ScriptedHandler().Respond(_ => throw new HttpRequestException("no route", new SocketException((int)reason)));
        var client = Clients.OnStub(handler, _clock, options => options.MaxRetries = 0);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoConnectionException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(
            $"Could not connect to the Veo API at veo.stub.test for the create request ({because}); nothing was sent, so no task was created and the request can be sent again.",
            error.Message);
    }

    [Fact]
    public async Task A_name_that_did_not_resolve_as_newer_runtimes_report_it_is_a_connection_never_made()
    {
        // .NET 8 and later say so in HttpRequestError, with no SocketException inside.
        var handler = new ScriptedHandler().Respond(_ => throw new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known."));
        var client = Clients.OnStub(handler, _clock, options => options.MaxRetries = 0);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoConnectionException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Contains("(the host name did not resolve); nothing was sent", error.Message);
    }

    [Fact]
    public async Task A_connection_that_broke_says_a_create_may_have_arrived_and_suggests_no_call_the_client_lacks()
    {
        var handler = new ScriptedHandler().Respond(_ => throw new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset)));
        var client = Clients.OnStub(handler, _clock, options => options.MaxRetries = 0);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoConnectionException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.StartsWith("The connection to the Veo API broke during the create request (HttpRequestException).", error.Message);
        Assert.Contains("a task may have been created (and billed)", error.Message);
        Assert.DoesNotContain("list", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
