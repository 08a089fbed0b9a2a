using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Conformance.Tests.Support;

namespace Veo.Contract.Conformance.Tests;

/// <summary>
/// Bad requests sent through Prism without --errors, so they reach the fake (with --errors Prism answers them
/// itself). Prism must flag the request, and only the request: the fake's 4xx answer must match the spec.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class LenientConformanceTests
{
    private const string Valid = """{"model":"veo-3.1","prompt":"A heron at dawn"}""";
    private readonly ConformanceFixture _fixture;

    public LenientConformanceTests(ConformanceFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("POST", "v1/tasks", "application/json", Valid, false, 401, "unauthorized")]
    [InlineData("GET", "v1/tasks/task-abc", null, null, false, 401, "unauthorized")]
    [InlineData("POST", "v1/tasks/task-abc/cancel", null, null, false, 401, "unauthorized")]
    [InlineData("POST", "v1/tasks", null, null, true, 400, "missing_body")]
    [InlineData("POST", "v1/tasks", "text/plain", "{\"model\": ", true, 400, "invalid_json")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.1","prompt":"x","duration":"eight"}""", true, 400, "invalid_field_type")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.1","prompt":"x","colour":"red"}""", true, 400, "unknown_field")]
    [InlineData("POST", "v1/tasks", "application/json", """{"prompt":"x"}""", true, 400, "VEO0013")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.1","prompt":"   "}""", true, 400, "VEO0009")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.1","prompt":"x","duration":5}""", true, 400, "VEO0002")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.1","prompt":"x","resolution":"1080p","duration":6}""", true, 400, "VEO0003")]
    [InlineData("POST", "v1/tasks", "application/json", """{"model":"veo-3.0","prompt":"x","resolution":"4k"}""", true, 400, "VEO0004")]
    public async Task Bad_requests_reach_the_fake_and_its_answers_conform(
        string method, string path, string? contentType, string? body, bool withKey, int status, string code)
    {
        var proxy = _fixture.Lenient;
        var offset = proxy.LogLength;
        var recorder = new RecordingHandler();
        using var http = new HttpClient(recorder) { BaseAddress = proxy.Address };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType!);
        }

        if (withKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConformanceFixture.ApiKey);
        }

        using var response = await http.SendAsync(request);

        var exchange = Assert.Single(recorder.Exchanges);
        Assert.False(exchange.FromPrism, "Prism answered instead of the fake: " + exchange);
        Assert.Equal(status, exchange.Status);
        Assert.Equal(code, JsonDocument.Parse(exchange.Body).RootElement.GetProperty("error").GetProperty("code").GetString());

        // Prism saw the request was bad (so it really validates), and found nothing wrong with the answer.
        Assert.NotNull(exchange.Violations);
        var locations = JsonDocument.Parse(exchange.Violations!).RootElement.EnumerateArray()
            .Select(v => v.GetProperty("location")[0].GetString()).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, where => Assert.Equal("request", where));
        var problems = PrismProxy.Problems(await proxy.LogSinceAsync(offset, ConformanceFixture.ApiKey));
        Assert.All(problems, line => Assert.Contains("Violation: request", line));
    }
}
