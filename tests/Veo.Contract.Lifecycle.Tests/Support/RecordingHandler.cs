using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Writes each request into a <see cref="RequestLog"/> before passing it on.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly RequestLog _log;

    public RecordingHandler(HttpMessageHandler inner, RequestLog log)
        : base(inner)
    {
        _log = log;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _log.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        return base.SendAsync(request, cancellationToken);
    }
}
