using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Tests.Support;

/// <summary>Records every request the client sends and answers with a fixed JSON body.</summary>
internal sealed class CapturingHandler(string responseJson, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string? Body)> Requests { get; } = [];

    public static VeoClient Client(CapturingHandler handler, bool validate = true)
        => new(new HttpClient(handler) { BaseAddress = new Uri("https://veo.test/") }, new VeoClientOptions { ApiKey = "test-key", ValidateBeforeSend = validate });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        return new HttpResponseMessage(status) { Content = new StringContent(responseJson, Encoding.UTF8, "application/json") };
    }
}
