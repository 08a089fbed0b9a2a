using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>A create the service accepted but answered unusably: the caller learns a task may exist (and be billed).</summary>
public class CreateAnswerTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task A_create_answered_without_task_id_says_the_task_may_have_been_billed_and_keeps_the_body_redacted()
    {
        var body = "{\"status\":\"queued\",\"note\":\"accepted for " + Secrets.ApiKey + "\"}";
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, body);
        var client = Clients.OnStub(handler, _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoApiException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("may have been created and billed", error.Message);
        Assert.Contains("\"status\":\"queued\"", error.RawBody);
        Assert.Contains("[redacted]", error.RawBody);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_create_answered_with_JSON_null_is_a_typed_error()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, "null");
        var client = Clients.OnStub(handler, _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoApiException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal("null", error.RawBody);
        Assert.Contains("The response body is empty (JSON null).", error.Message);
    }

    [Fact]
    public async Task A_create_answered_with_text_that_is_no_JSON_says_so()
    {
        var handler = new ScriptedHandler().Json(HttpStatusCode.OK, "{\"task_id\": oops");
        var client = Clients.OnStub(handler, _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoApiException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("The response body is not the JSON the API describes.", error.Message);
        Assert.Equal("{\"task_id\": oops", error.RawBody);
    }
}
