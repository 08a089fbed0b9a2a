using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>The same fake as a real HTTP server on 127.0.0.1: same core, same tasks, same faults.</summary>
public sealed class LoopbackTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = await _api.Server.StartLoopbackAsync();
        _api.Caller.Http.Dispose();
        _api.Caller = new ApiCaller(new HttpClient { BaseAddress = _address });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void It_listens_on_a_free_loopback_port()
    {
        Assert.Equal("127.0.0.1", _address.Host);
        Assert.NotEqual(0, _address.Port);
        Assert.Equal(_address, _api.Server.LoopbackAddress);
    }

    [Fact]
    public async Task A_task_runs_to_completion_and_its_video_downloads_over_http()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromMinutes(2));

        var done = await _api.GetAsync(id);
        var url = new Uri(done.Json.GetProperty("result").GetProperty("videos")[0].GetProperty("url").GetString()!);
        var video = await _api.Http.GetByteArrayAsync(url);

        Assert.Equal("completed", done.Text("status"));
        Assert.Equal(_address.Authority, url.Authority);
        Assert.Equal("ftyp", Encoding.ASCII.GetString(video, 4, 4));
    }

    [Fact]
    public async Task In_process_and_loopback_share_tasks()
    {
        var id = await _api.CreateExampleAsync();
        using var inProcess = _api.Server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/" + id);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeApi.Key);

        var response = await inProcess.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_dropped_connection_closes_the_socket_without_an_answer()
    {
        _api.Server.InjectFault(FakeVeoFault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => _api.CreateAsync(Requests.Minimal));
        Assert.Equal(HttpStatusCode.OK, (await _api.CreateAsync(Requests.Minimal)).Status);
    }

    [Fact]
    public async Task Bad_input_gets_json_errors_over_http_too()
    {
        ErrorBodyAssert.Valid(await _api.CreateAsync("{\"model\": "), HttpStatusCode.BadRequest, "invalid_json");
        ErrorBodyAssert.Valid(await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","resolution":"1080p","duration":4}"""), HttpStatusCode.BadRequest, "VEO0003");
        ErrorBodyAssert.Valid(await _api.CreateAsync(Requests.Minimal, key: null), HttpStatusCode.Unauthorized, "unauthorized");
        ErrorBodyAssert.Valid(await _api.GetAsync("task-doesnotexist"), HttpStatusCode.NotFound, "task_not_found");
        ErrorBodyAssert.Valid(await _api.CreateAsync($$"""{"model":"veo-3.1","prompt":"{{new string('z', 100_000)}}"}"""), HttpStatusCode.BadRequest, "body_too_large");
    }

    [Fact]
    public async Task An_oversized_chunked_body_gets_400()
    {
        var content = new StreamContent(new UnseekableStream(new byte[200_000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _api.SendAsync(HttpMethod.Post, "v1/tasks", content);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "body_too_large");
    }

    [Fact]
    public async Task Starting_twice_is_refused_and_stopping_frees_the_server()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _api.Server.StartLoopbackAsync());

        await _api.Server.StopLoopbackAsync();

        Assert.Null(_api.Server.LoopbackAddress);
        await Assert.ThrowsAsync<HttpRequestException>(() => _api.GetAsync("task-x"));
    }
}
