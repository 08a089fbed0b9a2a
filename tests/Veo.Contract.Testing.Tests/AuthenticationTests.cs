using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>A missing or wrong bearer key gets 401 on every operation, with a message that says which.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("TEST-KEY-123")]
    [InlineData("test-key-1234")]
    public async Task Create_without_the_right_key_gets_401(string? key)
    {
        var response = await _api.CreateAsync(Requests.VendorExample, key);

        ErrorBodyAssert.Valid(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(0, _api.Server.TaskCount);
    }

    [Fact]
    public async Task Get_and_cancel_without_the_right_key_get_401()
    {
        var id = await _api.CreateExampleAsync();

        ErrorBodyAssert.Valid(await _api.GetAsync(id, key: null), HttpStatusCode.Unauthorized, "unauthorized");
        ErrorBodyAssert.Valid(await _api.CancelAsync(id, key: "nope"), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("queued", (await _api.GetAsync(id)).Text("status"));
    }

    [Fact]
    public async Task A_key_sent_with_another_scheme_gets_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/task-x");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + FakeApi.Key);

        var response = await _api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    // RFC 7235: the scheme is case-insensitive and 1*SP separates it from the credentials; the vendor documents
    // only "Bearer <key>" and says nothing stricter, so the fake accepts what the RFC allows.
    [Theory]
    [InlineData("Bearer " + FakeApi.Key)]
    [InlineData("bearer " + FakeApi.Key)]
    [InlineData("BEARER " + FakeApi.Key)]
    [InlineData("Bearer    " + FakeApi.Key)]
    public async Task What_RFC_7235_allows_is_accepted(string header)
    {
        var response = await SendWithAuthorization(header);

        Assert.Equal(HttpStatusCode.NotFound, response.Status); // past authentication: the task does not exist
    }

    [Theory]
    [InlineData(null, "Missing API key: no Authorization header")]
    [InlineData("Bearer", "Missing API key: the Authorization header has the Bearer scheme but no key")]
    [InlineData("Bearer ", "Missing API key: the Authorization header has the Bearer scheme but no key")]
    [InlineData("bearer    ", "Missing API key: the Authorization header has the Bearer scheme but no key")]
    [InlineData("Basic " + FakeApi.Key, "another scheme than Bearer")]
    [InlineData("Token " + FakeApi.Key, "another scheme than Bearer")]
    [InlineData(FakeApi.Key, "no scheme")]
    [InlineData("Bearer " + FakeApi.Key + "x", "Invalid API key")]
    [InlineData("Bearer " + FakeApi.Key + " extra", "Invalid API key")]
    public async Task Each_refusal_says_what_is_wrong_without_repeating_the_header(string? header, string reason)
    {
        var response = await SendWithAuthorization(header);

        ErrorBodyAssert.Valid(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains(reason, response.ErrorMessage);
        Assert.DoesNotContain(FakeApi.Key, response.ErrorMessage);
    }

    // Over the wire, where HttpClient's header parsing does not tidy the value first.
    [Theory]
    [InlineData("Bearer ", "Missing API key: the Authorization header has the Bearer scheme but no key")]
    [InlineData("Bearer\t" + FakeApi.Key, "Separate 'Bearer' from the API key with spaces, not tabs")]
    public async Task Raw_headers_get_the_accurate_message_too(string header, string reason)
    {
        var address = await _api.Server.StartLoopbackAsync();

        var response = await RawHttp.SendAsync(address, $"GET /v1/tasks/task-x HTTP/1.1\r\nHost: fake\r\nAuthorization: {header}\r\nConnection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.StartsWith(reason, response.ErrorMessage);
    }

    [Fact]
    public async Task The_default_key_is_the_documented_one()
    {
        await using var server = new FakeVeoServer();
        var client = server.CreateVeoClient(new VeoClientOptions { ApiKey = "fake-veo-key" });

        var created = await client.CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A koi pond" });

        Assert.Equal("fake-veo-key", FakeVeoServer.DefaultApiKey);
        Assert.Equal(VeoTaskStatuses.Queued, created.Status);
    }

    private async Task<ApiResponse> SendWithAuthorization(string? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/task-x");
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await _api.Http.SendAsync(request);
        return new ApiResponse(response, await response.Content.ReadAsStringAsync());
    }
}
