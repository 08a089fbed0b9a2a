using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A hand-written stub server: answers each request with the next scripted response and records what it was sent.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private readonly List<string> _requests = new();

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public List<string?> AuthorizationHeaders { get; } = new();

    public ScriptedHandler Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public ScriptedHandler Text(HttpStatusCode status, string text, string mediaType = "text/html")
    {
        _script.Enqueue(_ => new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) });
        return this;
    }

    public ScriptedHandler Task(string status, int? progress = null, string? extraMembers = null)
        => Json(HttpStatusCode.OK, TaskJson.Of(status, progress, extraMembers));

    public ScriptedHandler Respond(Func<HttpRequestMessage, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            AuthorizationHeaders.Add(request.Headers.Authorization?.ToString());
        }

        if (!_script.TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"The script has no answer left for {request.Method} {request.RequestUri}.");
        }

        var response = respond(request);
        response.RequestMessage = request;
        return System.Threading.Tasks.Task.FromResult(response);
    }
}
