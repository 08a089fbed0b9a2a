using System;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Requests Kestrel refuses before the fake sees them still get the <c>{"error":{"message","code"}}</c> shape.</summary>
public sealed class KestrelRejectionTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();
    private Uri _address = null!;

    public async Task InitializeAsync() => _address = await _api.Server.StartLoopbackAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("GET /v1/tasks/a%00b HTTP/1.1\r\nHost: fake\r\n")]
    [InlineData("GET /v1/tasks/a\0b HTTP/1.1\r\nHost: fake\r\n")]
    [InlineData("GET /v1/tasks/a HTTP/1.1\r\nHost: fake\r\nX-Note: a\0b\r\n")]
    [InlineData("GET v1/tasks/a HTTP/1.1\r\nHost: fake\r\n")]
    [InlineData("GET /v1/tasks/a HTTP/1.1\r\n")]
    public async Task Malformed_requests_get_400_in_the_error_shape(string head)
    {
        var response = await RawHttp.SendAsync(_address, head + Auth + "Connection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task A_long_task_id_gets_414_in_the_error_shape()
    {
        var response = await RawHttp.SendAsync(_address, $"GET /v1/tasks/task-{new string('a', 10_000)} HTTP/1.1\r\nHost: fake\r\n{Auth}Connection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.RequestUriTooLong, "uri_too_long");
        Assert.Contains("8192 bytes", response.ErrorMessage);
    }

    [Fact]
    public async Task Large_headers_get_431_in_the_error_shape()
    {
        var response = await RawHttp.SendAsync(_address, $"GET /v1/tasks/task-a HTTP/1.1\r\nHost: fake\r\nX-Big: {new string('b', 40_000)}\r\n{Auth}Connection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers_too_large");
    }

    [Theory]
    [InlineData("GET /v1/tasks/a HTTP/1.2\r\n")]
    [InlineData("GET /v1/tasks/a HTTP/2.0\r\n")]
    public async Task A_status_the_spec_does_not_declare_becomes_400_bad_request(string requestLine)
    {
        // Kestrel answers an HTTP version it does not speak with 505, which no operation of the spec declares.
        var response = await RawHttp.SendAsync(_address, requestLine + "Host: fake\r\n" + Auth + "Connection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "bad_request");
        Assert.Contains("HTTP 505", response.ErrorMessage);
    }

    [Fact]
    public async Task Kestrel_s_own_405_keeps_its_Allow_header()
    {
        var response = await RawHttp.SendAsync(_address, "GET * HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal("OPTIONS", Assert.Single(response.Message.Content.Headers.Allow));
    }

    [Fact]
    public async Task The_connection_keeps_serving_normal_requests_unchanged()
    {
        var id = await new ApiCaller(new System.Net.Http.HttpClient { BaseAddress = _address }).CreateExampleAsync();

        var response = await RawHttp.SendAsync(_address, $"GET /v1/tasks/{id} HTTP/1.1\r\nHost: fake\r\n{Auth}Connection: close\r\n\r\n");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(id, response.Text("task_id"));
    }

    private static string Auth => $"Authorization: Bearer {FakeApi.Key}\r\n";
}
