using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A server written as one function: every request gets its answer, and each request's kind and path is kept.</summary>
internal sealed class FuncHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _answer;

    public FuncHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

    public FuncHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
        : this((request, _) => Task.FromResult(answer(request)))
    {
    }

    public ConcurrentQueue<(string Line, VeoRequestKind? Kind)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(($"{request.Method} {request.RequestUri!.AbsolutePath}", VeoRequestKinds.Of(request)));
        var response = await _answer(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
