using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>A missing or wrong bearer key gets 401 on every operation.</summary>
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

    [Fact]
    public async Task The_default_key_is_the_documented_one()
    {
        await using var server = new FakeVeoServer();
        var client = server.CreateVeoClient(new VeoClientOptions { ApiKey = "fake-veo-key" });

        var created = await client.CreateTaskAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A koi pond" });

        Assert.Equal("fake-veo-key", FakeVeoServer.DefaultApiKey);
        Assert.Equal(VeoTaskStatuses.Queued, created.Status);
    }
}
