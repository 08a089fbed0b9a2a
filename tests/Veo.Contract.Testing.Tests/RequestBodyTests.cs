using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// A body that cannot be read (broken framing, a failing stream) gets 400 and one that arrives too slowly 408, with no
/// server internals. (A client that closes its side mid-body has left: Kestrel ends the connection without an answer.)
/// </summary>
public sealed class RequestBodyTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();
    private Uri _address = null!;

    public async Task InitializeAsync() => _address = await _api.Server.StartLoopbackAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_broken_chunked_body_gets_400()
    {
        var response = await RawHttp.SendAsync(_address, Head("Transfer-Encoding: chunked\r\n") + "zz\r\n{}\r\n0\r\n\r\n");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "incomplete_body");
        NoInternals(response);
    }

    [Fact]
    public async Task A_body_that_stops_arriving_gets_408()
    {
        // Kestrel's minimum body data rate ends the wait after its 5-second grace period.
        var response = await RawHttp.SendAsync(_address, Head("Content-Length: 100\r\n") + "{\"model\":");

        ErrorBodyAssert.Valid(response, HttpStatusCode.RequestTimeout, "request_timeout");
        NoInternals(response);
    }

    [Fact]
    public async Task A_body_stream_that_fails_in_process_gets_400()
    {
        var content = new StreamContent(new FailingStream());

        var response = await _api.SendAsync(HttpMethod.Post, "v1/tasks", content);

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "incomplete_body");
        NoInternals(response);
    }

    private static string Head(string framing)
        => $"POST /v1/tasks HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer {FakeApi.Key}\r\nContent-Type: application/json\r\n{framing}Connection: close\r\n\r\n";

    private static void NoInternals(ApiResponse response)
    {
        foreach (var word in new[] { "Exception", "Kestrel", "MinRequestBodyDataRate", "Unexpected end", "chunk size" })
        {
            Assert.DoesNotContain(word, response.ErrorMessage, StringComparison.OrdinalIgnoreCase);
        }
    }
}
