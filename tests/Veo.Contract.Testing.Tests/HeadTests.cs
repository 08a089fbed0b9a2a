using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>GET routes answer HEAD like any ASP.NET Core GET endpoint: the same status and headers, no body.</summary>
public sealed class HeadTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();
    private Uri _address = null!;

    public async Task InitializeAsync() => _address = await _api.Server.StartLoopbackAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task HEAD_on_a_task_sends_the_GET_headers_and_no_body_over_the_wire()
    {
        var id = await _api.CreateExampleAsync();
        var get = await RawHttp.SendAsync(_address, $"GET /v1/tasks/{id} HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer {FakeApi.Key}\r\nConnection: close\r\n\r\n");

        var (head, bodyBytes) = await RawHttp.HeadAsync(_address, "/v1/tasks/" + id, FakeApi.Key);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(0, bodyBytes);
        Assert.Equal(get.Message.Content.Headers.ContentLength, head.Message.Content.Headers.ContentLength);
        Assert.StartsWith("application/json", head.Message.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task HEAD_on_a_finished_video_sends_its_length_and_no_body()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromMinutes(5));
        var video = await _api.Http.GetByteArrayAsync($"videos/{id}.mp4");

        var (head, bodyBytes) = await RawHttp.HeadAsync(_address, $"/videos/{id}.mp4", key: null);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(0, bodyBytes);
        Assert.Equal(video.Length, head.Message.Content.Headers.ContentLength);
        Assert.Equal("video/mp4", head.Message.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HEAD_answers_errors_with_their_status_and_no_body()
    {
        var (missing, missingBody) = await RawHttp.HeadAsync(_address, "/v1/tasks/task-nope", FakeApi.Key);
        var (denied, deniedBody) = await RawHttp.HeadAsync(_address, "/v1/tasks/task-nope", key: null);

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.Status);
        Assert.Equal(0, missingBody + deniedBody);
    }

    [Fact]
    public async Task HEAD_works_in_process_too()
    {
        var id = await _api.CreateExampleAsync();
        using var inProcess = _api.Server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, "v1/tasks/" + id);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeApi.Key);

        var response = await inProcess.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task Routes_without_GET_still_refuse_HEAD_and_GET_routes_list_HEAD_as_allowed()
    {
        var id = await _api.CreateExampleAsync();

        var cancel = await _api.SendAsync(HttpMethod.Head, $"v1/tasks/{id}/cancel", null);
        var delete = await _api.SendAsync(HttpMethod.Delete, $"v1/tasks/{id}", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, cancel.Status);
        Assert.Equal(new[] { "POST" }, cancel.Message.Content.Headers.Allow);
        ErrorBodyAssert.Valid(delete, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal(new[] { "GET", "HEAD" }, delete.Message.Content.Headers.Allow);
    }
}
