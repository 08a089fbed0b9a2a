using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Every bad create request gets a 400 with the spec's error body; rule violations carry the rule id.</summary>
public sealed class CreateValidationTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("", "missing_body")]
    [InlineData("  \n ", "missing_body")]
    [InlineData("{\"model\": ", "invalid_json")]
    [InlineData("model=veo-3.1", "invalid_json")]
    [InlineData("{\"model\":\"veo-3.1\",\"prompt\":\"x\"} trailing", "invalid_json")]
    [InlineData("[1, 2]", "invalid_request")]
    [InlineData("\"a prompt\"", "invalid_request")]
    [InlineData("null", "invalid_request")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","duration":"eight"}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","duration":8.5}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","duration":99999999999}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","seed":"42"}""", "invalid_field_type")]
    [InlineData("""{"model":42,"prompt":"x"}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":null}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":["x"]}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"\ud800"}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","extra":"allow_all"}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","extra":{"personGeneration":true}}""", "invalid_field_type")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","colour":"red"}""", "unknown_field")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","Duration":8}""", "unknown_field")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","model":"veo-3.0"}""", "invalid_request")]
    public async Task Malformed_or_mistyped_bodies_get_400(string body, string code)
    {
        var response = await _api.CreateAsync(body);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, code);
        Assert.Equal(0, _api.Server.TaskCount);
    }

    [Theory]
    [InlineData("""{"model":"veo-3.1","prompt":"x","resolution":"1080p","duration":6}""", "VEO0003")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","resolution":"4k","duration":4}""", "VEO0003")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","duration":5}""", "VEO0002")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","duration":10}""", "VEO0002")]
    [InlineData("""{"model":"veo-3.0","prompt":"x","resolution":"4k","duration":8}""", "VEO0004")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","aspect_ratio":"4:3"}""", "VEO0006")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","resolution":"8k"}""", "VEO0007")]
    [InlineData("""{"model":"veo-3.1","prompt":"   "}""", "VEO0009")]
    [InlineData("""{"model":"veo-3.1"}""", "VEO0009")]
    [InlineData("""{"prompt":"x"}""", "VEO0013")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","seed":-1}""", "VEO0014")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","seed":4294967296}""", "VEO0014")]
    public async Task Rule_violations_get_400_with_the_rule_id_as_code(string body, string ruleId)
    {
        var response = await _api.CreateAsync(body);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, ruleId);
        Assert.Equal(new[] { ruleId }, ErrorBodyAssert.ViolationCodes(response));
    }

    /// <summary>
    /// An integer is read within its field's format (duration int32, seed int64): at either end of the format's range
    /// it is a number the field's rule then judges; one past either end is the wrong type.
    /// </summary>
    [Theory]
    [InlineData("duration", "2147483647", "VEO0002")]
    [InlineData("duration", "-2147483648", "VEO0002")]
    [InlineData("duration", "2147483648", "invalid_field_type")]
    [InlineData("duration", "-2147483649", "invalid_field_type")]
    [InlineData("seed", "9223372036854775807", "VEO0014")]
    [InlineData("seed", "-9223372036854775808", "VEO0014")]
    [InlineData("seed", "9223372036854775808", "invalid_field_type")]
    [InlineData("seed", "-9223372036854775809", "invalid_field_type")]
    public async Task Integers_are_read_within_their_format_range(string field, string number, string code)
    {
        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"x","{{field}}":{{number}}}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, code);
        Assert.Equal(0, _api.Server.TaskCount);
    }

    /// <summary>An int64 field is not held to int32's range: 2^31 is a valid seed.</summary>
    [Fact]
    public async Task A_seed_past_the_32_bit_signed_range_is_accepted()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","seed":2147483648}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, _api.Server.TaskCount);
    }

    [Fact]
    public async Task A_text_over_our_own_bound_gets_400_that_says_the_bound_is_ours()
    {
        var response = await _api.CreateAsync("{\"model\":\"veo-3.1\",\"prompt\":\"" + new string('p', 10_001) + "\"}");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "VEO0015");
        Assert.Contains("a bound of ours", response.ErrorMessage);
    }

    /// <summary>Nothing on the vendor's page makes these wrong: an unlisted action or model id is advice, and advice never gets a 400.</summary>
    [Theory]
    [InlineData("""{"model":"veo-3.1","prompt":"x","action":"extend-video"}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","action":"Generate!"}""")]
    [InlineData("""{"model":"veo 3.1; DROP","prompt":"x"}""")]
    [InlineData("""{"model":"","prompt":"x"}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","negative_prompt":"blur\u0000text"}""")]
    public async Task What_only_earns_a_warning_is_accepted(string body)
    {
        var response = await _api.CreateAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, _api.Server.TaskCount);
    }

    [Fact]
    public async Task Every_violated_rule_is_listed_and_named_in_the_message()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.0","prompt":" ","resolution":"4k","duration":6}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "VEO0003");
        Assert.Equal(new[] { "VEO0003", "VEO0004", "VEO0009" }, ErrorBodyAssert.ViolationCodes(response));
        Assert.Contains("duration", response.ErrorMessage);
        Assert.Contains("veo-3.0", response.ErrorMessage);
        Assert.Contains("prompt", response.ErrorMessage);
    }

    [Fact]
    public async Task Every_unknown_field_and_type_error_is_listed()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","a":1,"duration":"8","b":2}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "unknown_field");
        Assert.Equal(new[] { "unknown_field", "invalid_field_type", "unknown_field" }, ErrorBodyAssert.ViolationCodes(response));
    }

    [Theory]
    [InlineData("""{"model":"veo-9","prompt":"x"}""")]
    [InlineData("""{"model":"veo-3.0","prompt":"x","seed":42}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","extra":{"personGeneration":"everyone"}}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","negative_prompt":"no cars"}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","action":"remix"}""")]
    [InlineData("""{"model":"veo-3.1","prompt":"x","extra":{"personGeneration":"allow_adult","enhancePrompt":true}}""")]
    [InlineData("""{"model":"veo-3.1-fast","prompt":"x","aspect_ratio":"9:16","resolution":"4k","duration":8,"seed":4294967295,"negative_prompt":"cars","callback_url":"https://example.com/hook"}""")]
    public async Task Warnings_and_extra_pass_through_fields_are_accepted(string body)
    {
        var response = await _api.CreateAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("queued", response.Text("status"));
    }

    [Theory]
    [InlineData("prompt", 10_001)]
    [InlineData("callback_url", 3_000)]
    public async Task A_text_over_its_max_length_gets_400_with_the_length_rule(string field, int length)
    {
        var value = field == "callback_url" ? "https://example.com/" + new string('a', length - 20) : new string('a', length);

        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"x","{{field}}":"{{value}}"}""".Replace("\"prompt\":\"x\",\"prompt\"", "\"prompt\"", StringComparison.Ordinal));

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "VEO0015");
        Assert.Equal(new[] { "VEO0015" }, ErrorBodyAssert.ViolationCodes(response));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_400_with_a_declared_length()
    {
        var prompt = new string('a', 70 * 1024);

        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"{{prompt}}"}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "body_too_large");
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_400_when_streamed_without_a_length()
    {
        await using var api = new FakeApi(options => options.MaxRequestBodyBytes = 1000);
        var bytes = Encoding.UTF8.GetBytes($$"""{"model":"veo-3.1","prompt":"{{new string('b', 5000)}}"}""");
        var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        var response = await api.SendAsync(HttpMethod.Post, "v1/tasks", content);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "body_too_large");
    }

    [Fact]
    public async Task A_create_without_content_gets_400()
    {
        var response = await _api.SendAsync(HttpMethod.Post, "v1/tasks", content: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "missing_body");
    }

    [Fact]
    public async Task Error_messages_stay_within_the_schema_even_for_huge_values()
    {
        var resolution = new string('r', 6000) + "\\u0000";

        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"x","resolution":"{{resolution}}"}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "VEO0007");
    }

    [Theory]
    [InlineData("GET", "v1/nothing", HttpStatusCode.NotFound, "not_found")]
    [InlineData("GET", "v2/tasks", HttpStatusCode.NotFound, "not_found")]
    [InlineData("GET", "v1/tasks", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("DELETE", "v1/tasks/task-x", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("GET", "v1/tasks/task-x/cancel", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("GET", "v1/tasks/a/b", HttpStatusCode.NotFound, "not_found")]
    public async Task Other_paths_and_methods_get_json_errors(string method, string path, HttpStatusCode status, string code)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, content: null);

        ErrorBodyAssert.Valid(response, status, code);
    }
}
