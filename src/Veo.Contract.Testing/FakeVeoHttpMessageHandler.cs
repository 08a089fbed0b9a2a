using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Testing.Core;

namespace Veo.Contract.Testing;

/// <summary>The in-process host: hands each request straight to the fake's core; no sockets, no Kestrel.</summary>
internal sealed class FakeVeoHttpMessageHandler : HttpMessageHandler
{
    private readonly FakeVeoRequestProcessor _processor;

    public FakeVeoHttpMessageHandler(FakeVeoRequestProcessor processor)
    {
        _processor = processor;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException("The fake Veo server needs an absolute request URI; give the HttpClient a BaseAddress.");
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(",", values) : null;
        var fakeRequest = new FakeRequest(
            request.Method.Method,
            Uri.UnescapeDataString(uri.AbsolutePath),
            new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"),
            authorization,
            request.Content?.Headers.ContentLength,
            body);

        var response = await _processor.ProcessAsync(fakeRequest, cancellationToken).ConfigureAwait(false);
        if (response.DropConnection)
        {
            // What HttpClient reports when a server closes the connection without answering.
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded,
                "The fake Veo server dropped the connection (injected fault).",
                new IOException("The response ended prematurely."));
        }

        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(response.SendBody ? response.Body : Array.Empty<byte>()),
        };
        message.Content.Headers.ContentLength = response.Body.Length;
        if (response.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        }

        foreach (var header in response.Headers)
        {
            // Allow is a content header in HttpClient's model.
            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return message;
    }
}
