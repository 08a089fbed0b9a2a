using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>What a refused create says: each type error, unknown or repeated field and body limit in words a caller can act on.</summary>
public sealed class RequestCheckMessageTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("\"duration\":\"8\"", "Field 'duration' must be a 32-bit integer, not a string.")]
    [InlineData("\"duration\":2147483648", "Field 'duration' must be a 32-bit integer, not the number 2147483648.")]
    [InlineData("\"seed\":1.5", "Field 'seed' must be a 64-bit integer, not the number 1.5.")]
    [InlineData("\"seed\":true", "Field 'seed' must be a 64-bit integer, not true.")]
    [InlineData("\"seed\":false", "Field 'seed' must be a 64-bit integer, not false.")]
    [InlineData("\"negative_prompt\":null", "Field 'negative_prompt' must be a string, not null.")]
    [InlineData("\"negative_prompt\":[]", "Field 'negative_prompt' must be a string, not an array.")]
    [InlineData("\"negative_prompt\":{}", "Field 'negative_prompt' must be a string, not an object.")]
    [InlineData("\"negative_prompt\":7", "Field 'negative_prompt' must be a string, not the number 7.")]
    [InlineData("\"extra\":1", "Field 'extra' must be an object, not the number 1.")]
    [InlineData("\"extra\":{\"personGeneration\":[1]}", "Field 'extra.personGeneration' must be a string, not an array.")]
    [InlineData("\"prompt\":\"\\udc00\"", "Field 'prompt' is not valid Unicode text (it escapes an unpaired surrogate).")]
    public async Task A_type_error_names_the_field_the_type_and_what_was_sent(string member, string message)
    {
        var response = await _api.CreateAsync("{\"model\":\"veo-3.1\"," + (member.StartsWith("\"prompt\"", StringComparison.Ordinal) ? member : "\"prompt\":\"x\"," + member) + "}");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "invalid_field_type");
        Assert.Equal(message, response.ErrorMessage);
        var violation = Assert.Single(response.Json.GetProperty("error").GetProperty("violations").EnumerateArray());
        Assert.Equal(message, violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_long_number_is_quoted_cut_short()
    {
        var digits = "1" + new string('0', 59);

        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"x","seed":{{digits}}}""");

        Assert.Equal($"Field 'seed' must be a 64-bit integer, not the number {digits[..40]}….", response.ErrorMessage);
    }

    [Fact]
    public async Task A_number_of_exactly_40_characters_is_quoted_whole()
    {
        var digits = "1" + new string('0', 39);

        var response = await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"x","seed":{{digits}}}""");

        Assert.Equal($"Field 'seed' must be a 64-bit integer, not the number {digits}.", response.ErrorMessage);
    }

    [Fact]
    public async Task An_unknown_field_lists_the_fields_a_request_accepts()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","colour":"red"}""");

        Assert.Equal(
            "Unknown field 'colour'; a create request accepts only: model, action, prompt, aspect_ratio, duration, resolution, negative_prompt, seed, callback_url, extra.",
            response.ErrorMessage);
        var violation = Assert.Single(response.Json.GetProperty("error").GetProperty("violations").EnumerateArray());
        Assert.Equal("colour", violation.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_repeated_field_inside_extra_is_named_by_its_path()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","extra":{"personGeneration":"allow_all","personGeneration":"dont_allow"}}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal("Field 'extra.personGeneration' appears more than once.", response.ErrorMessage);
    }

    [Fact]
    public async Task Rule_violations_carry_their_field_and_wire_named_message()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","duration":5}""");

        var violation = Assert.Single(response.Json.GetProperty("error").GetProperty("violations").EnumerateArray());
        Assert.Equal("duration", violation.GetProperty("field").GetString());
        Assert.Equal("duration 5 is not supported; use one of 4, 6 or 8 seconds.", violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_value_near_a_listed_one_is_answered_with_did_you_mean()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","resolution":"1080P","duration":8}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "VEO0007");
        Assert.Equal("resolution '1080P' is not supported (did you mean '1080p'?); use one of 720p, 1080p or 4k.", response.ErrorMessage);
    }

    [Fact]
    public async Task A_single_error_lists_no_violations()
    {
        var response = await _api.GetAsync("task-missing");

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "task_not_found");
        Assert.Equal("No task has the id 'task-missing'.", response.ErrorMessage);
        Assert.False(response.Json.GetProperty("error").TryGetProperty("violations", out _));
    }

    [Theory]
    [InlineData("\t\r\n ")]
    [InlineData("\r")]
    [InlineData("\t")]
    public async Task Whitespace_alone_is_a_missing_body(string body)
    {
        var response = await _api.CreateAsync(body);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "missing_body");
    }

    [Fact]
    public async Task Nesting_deeper_than_32_is_not_json_the_fake_reads()
    {
        var deep = new string('[', 40) + new string(']', 40);

        var response = await _api.CreateAsync("{\"model\":\"veo-3.1\",\"prompt\":\"x\",\"extra\":{\"deep\":" + deep + "}}");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "invalid_json");
        Assert.StartsWith("The body is not valid JSON: ", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_must_be_an_object_and_the_message_says_what_it_was()
    {
        var response = await _api.CreateAsync("[1]");

        Assert.Equal("The body must be a JSON object, not an array.", response.ErrorMessage);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(bool declareLength)
    {
        const int Limit = 100;
        await using var api = new FakeApi(options => options.MaxRequestBodyBytes = Limit);
        var head = "{\"model\":\"veo-3.1\",\"prompt\":\"";
        var atLimit = head + new string('p', Limit - head.Length - 2) + "\"}";
        Assert.Equal(Limit, Encoding.UTF8.GetByteCount(atLimit));
        var overLimit = head + new string('p', Limit - head.Length - 1) + "\"}";

        var accepted = await api.SendAsync(HttpMethod.Post, "v1/tasks", Content(atLimit, declareLength));
        var refused = await api.SendAsync(HttpMethod.Post, "v1/tasks", Content(overLimit, declareLength));

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        ErrorBodyAssert.Valid(refused, HttpStatusCode.BadRequest, "body_too_large");
        Assert.Equal("The body is larger than the fake's limit of 100 bytes.", refused.ErrorMessage);
    }

    [Fact]
    public async Task A_body_longer_than_one_read_is_read_whole()
    {
        var prompt = new string('q', 9_000);

        var created = await _api.SendAsync(HttpMethod.Post, "v1/tasks", Content($$"""{"model":"veo-3.1","prompt":"{{prompt}}"}""", declareLength: false));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(prompt, Assert.Single(_api.Server.Tasks).Prompt);
    }

    [Fact]
    public void The_limit_must_be_positive()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { MaxRequestBodyBytes = 0 }));

    private static HttpContent Content(string json, bool declareLength)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        HttpContent content = declareLength ? new ByteArrayContent(bytes) : new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
