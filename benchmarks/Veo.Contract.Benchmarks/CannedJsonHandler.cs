using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// Stands in for the network: writes the request body out (as a socket handler would, so lazy JSON content is really
/// serialized) and answers POST with the create response and GET with the status response.
/// </summary>
internal sealed class CannedJsonHandler : HttpMessageHandler
{
    private readonly CountingStream _sink = new();

    /// <summary>Body size of the last request; the setup checks that both sides send the same bytes.</summary>
    public long LastRequestBodyLength { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _sink.Reset();
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(_sink, cancellationToken).ConfigureAwait(false);
        }

        LastRequestBodyLength = _sink.Length;
        var body = request.Method == HttpMethod.Post ? CannedJson.CreateResponse : CannedJson.StatusResponse;
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
