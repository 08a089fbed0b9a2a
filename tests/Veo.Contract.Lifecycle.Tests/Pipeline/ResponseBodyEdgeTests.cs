using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// API bodies at the edges of the size limit and of the client's first read buffer: a body of exactly
/// MaxResponseBodyBytes is read, one byte more is refused, whether or not the length is declared.
/// </summary>
public class ResponseBodyEdgeTests
{
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_of_exactly_the_limit_is_read(bool declared)
    {
        var body = TaskBodyOfLength(10_000);
        var client = Clients.OnStub(Answer(body, declared), _clock, Limit(body.Length));

        var task = await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal("processing", task.Status);
        Assert.Equal(new string('x', 10_000 - EmptyLength), task.Error!.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_one_byte_over_the_limit_is_refused(bool declared)
    {
        var body = TaskBodyOfLength(10_001);
        var client = Clients.OnStub(Answer(body, declared), _clock, Limit(body.Length - 1));

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains($"MaxResponseBodyBytes ({body.Length - 1} bytes)", error.Message);
        Assert.Equal("req-9", error.RequestId);
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    [InlineData(70_000)]
    public async Task Bodies_around_the_first_buffer_size_arrive_whole(int length)
    {
        var body = TaskBodyOfLength(length);
        var client = Clients.OnStub(Answer(body, declared: false, chunk: 1000), _clock);

        var task = await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal(TaskJson.TaskId, task.TaskId);
        Assert.Equal(new string('x', length - EmptyLength), task.Error!.Message);
    }

    [Fact]
    public async Task An_error_body_past_the_first_buffer_keeps_its_code_and_whole_text()
    {
        var message = new string('m', 6000);
        var body = TaskJson.Error("big_error", message);
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.Conflict, body), _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal("big_error", error.ErrorCode);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(body, error.RawBody);
    }

    private static int EmptyLength => Encoding.UTF8.GetByteCount(TaskJson.Of("processing", 5, "\"error\":{\"message\":\"\"}"));

    // A task body padded to exactly the given number of bytes through the error message it carries.
    private static byte[] TaskBodyOfLength(int length)
    {
        var body = TaskJson.Of("processing", 5, "\"error\":{\"message\":\"" + new string('x', length - EmptyLength) + "\"}");
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.Equal(length, bytes.Length);
        return bytes;
    }

    private static Action<VeoClientOptions> Limit(long bytes) => options =>
    {
        options.MaxResponseBodyBytes = bytes;
        options.MaxRetries = 0;
    };

    private static FuncHandler Answer(byte[] body, bool declared, int chunk = int.MaxValue)
        => new(_ =>
        {
            HttpContent content = declared ? new ByteArrayContent(body) : new StreamContent(new ChunkedStream(body, chunk));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            response.Headers.TryAddWithoutValidation("X-Request-Id", "req-9");
            return response;
        });
}
