using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Authentication;

/// <summary>
/// A client without an API key refuses every task request before sending it, unless its options say a gateway or a
/// handler authenticates; a key pasted with its scheme is used without it, with one warning that never shows the key.
/// </summary>
public sealed class ApiKeyTests
{
    private readonly TestClock _clock = new();

    public static TheoryData<string> Calls => new() { "create", "submit", "read", "cancel" };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_client_without_a_key_refuses_before_any_request_and_says_where_a_key_is_read_from(string call)
    {
        var handler = new ScriptedHandler();
        var client = new VeoClient(new HttpClient(handler) { BaseAddress = Clients.StubAddress }, new VeoClientOptions(), _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoMissingApiKeyException>(() => Call(client, call)));

        Assert.Empty(handler.Requests);
        Assert.Contains("VEO_API_KEY", error.Message);
        Assert.Contains("Veo:ApiKey", error.Message);
        Assert.Contains(nameof(VeoClientOptions.AuthenticationHandledElsewhere), error.Message);
        Assert.IsAssignableFrom<VeoException>(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_key_counts_as_none(string key)
    {
        var handler = new ScriptedHandler();
        var client = new VeoClient(new HttpClient(handler) { BaseAddress = Clients.StubAddress }, new VeoClientOptions { ApiKey = key }, _clock);

        await Assert.ThrowsAsync<VeoMissingApiKeyException>(() => client.GetTaskAsync(TaskJson.TaskId));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task With_authentication_handled_elsewhere_a_client_without_a_key_sends_no_Authorization_header()
    {
        var handler = new ScriptedHandler().Task("processing", 40);
        var client = new VeoClient(
            new HttpClient(handler) { BaseAddress = Clients.StubAddress },
            new VeoClientOptions { AuthenticationHandledElsewhere = true },
            _clock);

        var task = await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal(40, task.Progress);
        Assert.Equal(new string?[] { null }, handler.AuthorizationHeaders);
    }

    [Fact]
    public async Task With_authentication_handled_elsewhere_a_key_that_is_set_is_still_sent()
    {
        var handler = new ScriptedHandler().Task("queued", 0);
        var client = Clients.OnStub(handler, _clock, options => options.AuthenticationHandledElsewhere = true);

        await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal(new string?[] { "Bearer " + Secrets.ApiKey }, handler.AuthorizationHeaders);
    }

    [Theory]
    [InlineData("Bearer ")]
    [InlineData("bearer ")]
    [InlineData("BEARER   ")]
    [InlineData(" Bearer\t")]
    public async Task A_key_pasted_with_its_scheme_is_accepted_without_it_and_warned_about_once(string scheme)
    {
        await using var fake = Clients.FakeServer(_clock);
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var options = new VeoClientOptions { ApiKey = scheme + Secrets.ApiKey };

        // Two clients on the same options (as AddVeoClient builds one per resolution): one warning in all.
        var first = new VeoClient(fake.CreateHttpClient(), options, _clock, factory.CreateLogger<VeoClient>());
        var second = new VeoClient(fake.CreateHttpClient(), options, _clock, factory.CreateLogger<VeoClient>());
        var created = await first.CreateTaskAsync(Clients.VendorExample());
        var read = await second.GetTaskAsync(created.TaskId);

        Assert.Equal(created.TaskId, read.TaskId);
        Assert.Equal(Secrets.ApiKey, options.ApiKey);
        var warning = Assert.Single(logs.Lines, line => line.Level == LogLevel.Warning);
        Assert.Contains("scheme", warning.Message);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(Secrets.ApiKey, line.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_key_still_gets_the_services_answer()
    {
        await using var fake = Clients.FakeServer(_clock);
        var client = new VeoClient(fake.CreateHttpClient(), new VeoClientOptions { ApiKey = "Bearer sk-not-the-key" }, _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoAuthenticationException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(401, error.StatusCode);
    }

    [Theory]
    [InlineData("abc123", "abc123", false)]
    [InlineData("  abc123\n", "abc123", false)]
    [InlineData("Bearer abc123", "abc123", true)]
    [InlineData("Bearer", "Bearer", false)]
    [InlineData("Bearerabc123", "Bearerabc123", false)]
    [InlineData("Basic abc123", "Basic abc123", false)]
    public void A_key_is_kept_trimmed_and_without_a_Bearer_scheme(string given, string kept, bool warns)
    {
        var options = new VeoClientOptions { ApiKey = given };

        Assert.Equal(kept, options.ApiKey);
        Assert.Equal(warns, options.TakeSchemeReport());
        Assert.False(options.TakeSchemeReport());
    }

    private static Task Call(VeoClient client, string call) => call switch
    {
        "create" => client.CreateTaskAsync(Clients.VendorExample()),
        "submit" => client.SubmitAsync(Clients.VendorExample()),
        "read" => client.GetTaskAsync(TaskJson.TaskId),
        _ => client.CancelTaskAsync(TaskJson.TaskId),
    };
}
