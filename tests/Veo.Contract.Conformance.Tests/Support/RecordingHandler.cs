using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>Keeps every answer that passes through, so the tests can read Prism's verdict whatever the client makes of it.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    public RecordingHandler()
        : base(new HttpClientHandler())
    {
    }

    public ConcurrentQueue<Exchange> Exchanges { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var violations = response.Headers.TryGetValues("sl-violations", out var values) ? string.Join(",", values) : null;
        Exchanges.Enqueue(new Exchange(
            $"{request.Method} {request.RequestUri?.AbsolutePath}",
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            violations,
            await response.Content.ReadAsStringAsync(cancellationToken)));
        return response;
    }

    public Exchange Last => Exchanges.Last();
}
