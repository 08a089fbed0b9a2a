using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// Error answers at the schema's edges (a message of exactly 4096 characters, a cut that would split a surrogate pair,
/// NUL characters) and the headers that go with them (Allow, WWW-Authenticate, Retry-After).
/// </summary>
public sealed class ErrorShapeTests : IAsyncLifetime
{
    private const string Accepted = "'; a create request accepts only: model, action, prompt, aspect_ratio, duration, resolution, negative_prompt, seed, callback_url, extra.";
    private const string Before = "Unknown field '";
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_message_of_exactly_4096_characters_is_kept_whole()
    {
        var name = new string('n', 4096 - Before.Length - Accepted.Length);

        var message = await UnknownFieldMessageAsync(name);

        Assert.Equal(Before + name + Accepted, message);
        Assert.Equal(4096, message.Length);
    }

    [Fact]
    public async Task A_longer_message_is_cut_to_4096_with_an_ellipsis()
    {
        var name = new string('n', 4097 - Before.Length - Accepted.Length);

        var message = await UnknownFieldMessageAsync(name);

        Assert.Equal(4096, message.Length);
        Assert.Equal((Before + name + Accepted)[..4095] + "…", message);
    }

    [Fact]
    public async Task A_cut_never_splits_a_surrogate_pair()
    {
        // The pair sits at characters 4094 and 4095: cutting after 4095 would keep its first half alone.
        var name = new string('n', 4094 - Before.Length) + "\U0001F600" + new string('n', 50);

        var message = await UnknownFieldMessageAsync(name);

        Assert.Equal((Before + name)[..4094] + "…", message);
    }

    [Fact]
    public async Task A_cut_just_after_a_surrogate_pair_keeps_the_pair()
    {
        var name = new string('n', 4093 - Before.Length) + "\U0001F600" + new string('n', 50);

        var message = await UnknownFieldMessageAsync(name);

        Assert.Equal((Before + name)[..4095] + "…", message);
    }

    [Fact]
    public async Task NUL_characters_become_replacement_characters_in_messages_and_fields()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","a\u0000b":1}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "unknown_field");
        Assert.StartsWith("Unknown field 'a\uFFFDb'", response.ErrorMessage, StringComparison.Ordinal);
        var violation = Assert.Single(response.Json.GetProperty("error").GetProperty("violations").EnumerateArray());
        Assert.Equal("a\uFFFDb", violation.GetProperty("field").GetString());
        Assert.StartsWith("Unknown field 'a\uFFFDb'", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_problems_join_their_messages_with_a_space_under_the_first_code()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","a":1,"b":2}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "unknown_field");
        Assert.Equal(Before + "a" + Accepted + " " + Before + "b" + Accepted, response.ErrorMessage);
    }

    [Theory]
    [InlineData("POST", "v1/tasks/task-x", "GET, HEAD")]
    [InlineData("PUT", "v1/tasks", "POST")]
    [InlineData("GET", "v1/tasks/task-x/cancel", "POST")]
    [InlineData("DELETE", "videos/task-x.mp4", "GET, HEAD")]
    public async Task A_wrong_method_names_the_allowed_ones(string method, string path, string allowed)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, content: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal($"Use {allowed} here.", response.ErrorMessage);
        Assert.Equal(allowed, string.Join(", ", response.Message.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("GET", "v1/tasks/", "/v1/tasks/")]
    [InlineData("POST", "v1/tasks//cancel", "/v1/tasks//cancel")]
    [InlineData("POST", "v1/tasks/a/b/cancel", "/v1/tasks/a/b/cancel")]
    [InlineData("GET", "v1/taskss", "/v1/taskss")]
    [InlineData("GET", "videos/task-x", "/videos/task-x")]
    [InlineData("GET", "elsewhere", "/elsewhere")]
    public async Task Paths_that_name_nothing_get_404_with_the_path(string method, string path, string echoed)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, content: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "not_found");
        Assert.Equal($"The fake Veo server has nothing at '{echoed}'.", response.ErrorMessage);
    }

    [Fact]
    public async Task Cancel_of_an_unknown_task_is_a_404_naming_it()
    {
        var response = await _api.CancelAsync("task-none");

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "task_not_found");
        Assert.Equal("No task has the id 'task-none'.", response.ErrorMessage);
    }

    [Fact]
    public async Task A_refused_key_asks_for_a_bearer_token()
    {
        var response = await _api.GetAsync("task-x", key: "wrong");

        ErrorBodyAssert.Valid(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", Assert.Single(response.Message.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(60_000, 60)]
    public async Task Retry_after_rounds_up_to_whole_seconds(int milliseconds, int seconds)
    {
        _api.Server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.FromMilliseconds(milliseconds)));

        var response = await _api.GetAsync("task-x");

        Assert.Equal(TimeSpan.FromSeconds(seconds), response.Message.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Violations_stop_at_the_spec_s_100_items()
    {
        var fields = string.Concat(Enumerable.Range(0, 120).Select(i => $",\"f{i}\":1"));

        var response = await _api.CreateAsync("{\"model\":\"veo-3.1\",\"prompt\":\"x\"" + fields + "}");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "unknown_field");
        var codes = ErrorBodyAssert.ViolationCodes(response);
        Assert.Equal(100, codes.Length);
        Assert.Equal("f99", response.Json.GetProperty("error").GetProperty("violations")[99].GetProperty("field").GetString());
        Assert.Equal(4096, response.ErrorMessage.Length);
    }

    private async Task<string> UnknownFieldMessageAsync(string name)
    {
        var response = await _api.CreateAsync("{\"model\":\"veo-3.1\",\"prompt\":\"x\",\"" + name + "\":1}");
        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "unknown_field");
        return response.ErrorMessage;
    }
}
