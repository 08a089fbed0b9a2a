using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>API bodies are read up to MaxResponseBodyBytes and no further, whether the answer is a success or an error.</summary>
public class ResponseBodyLimitTests
{
    private const long Limit = 64 * 1024;

    // What the client may read beyond the limit before it notices: one read of its buffer.
    private const long Slack = 128 * 1024;

    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task An_endless_body_is_refused_at_the_limit_and_reading_stops(HttpStatusCode status)
    {
        var body = ServedStream.Endless("{\"task_id\":\"");
        var client = Clients.OnStub(new FuncHandler(_ => new HttpResponseMessage(status) { Content = new StreamContent(body) }), _clock, Capped);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Contains("MaxResponseBodyBytes", error.Message);
        Assert.InRange(body.Served, Limit, Limit + Slack);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var body = ServedStream.Endless("{");
        var client = Clients.OnStub(
            new FuncHandler(_ =>
            {
                var content = new StreamContent(body);
                content.Headers.ContentLength = 1L << 40;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            }),
            _clock,
            Capped);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        Assert.Equal(0, body.Served);
    }

    [Fact]
    public void The_limit_must_be_positive()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new VeoClientOptions { MaxResponseBodyBytes = 0 }.EnsureUsable());

        Assert.Contains("MaxResponseBodyBytes", error.Message);
    }

    private static void Capped(VeoClientOptions options)
    {
        options.MaxResponseBodyBytes = Limit;
        options.MaxRetries = 0;
    }
}
