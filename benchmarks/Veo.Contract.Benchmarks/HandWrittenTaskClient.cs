using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// The baseline: the HttpClient code a careful user would write without Veo.Contract. Headers are set once on the
/// HttpClient, bodies go through source-generated JSON, responses are read from the stream. No validation, no typed errors.
/// </summary>
internal sealed class HandWrittenTaskClient
{
    private readonly HttpClient _http;

    public HandWrittenTaskClient(HttpClient http) => _http = http;

    public async Task<CreateTaskResponse> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken = default)
    {
        using var content = JsonContent.Create(request, BaselineJsonContext.Default.CreateTaskRequest);
        using var response = await _http.PostAsync("v1/tasks", content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.CreateTaskResponse, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The create response was empty.");
    }

    public async Task<VeoTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync("v1/tasks/" + Uri.EscapeDataString(taskId), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.VeoTask, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The status response was empty.");
    }
}
