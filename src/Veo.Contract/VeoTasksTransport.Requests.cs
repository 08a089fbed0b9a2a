using System.Net.Http;
using System.Net.Http.Headers;

namespace Veo.Contract;

// Hand-written half of the generated transport: what every request carries and how error bodies are kept.
internal partial class VeoTasksTransport
{
    /// <summary>
    /// The API key. It is added to each task request instead of the HttpClient's default headers, so the same
    /// HttpClient can fetch a video from the storage host without handing the key to it.
    /// </summary>
    public string? ApiKey { get; set; }

    // Error bodies are read as text so the typed exceptions can carry the raw body even when it is not JSON.
    partial void Initialize() => ReadResponseAsString = true;

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (!string.IsNullOrEmpty(ApiKey) && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }
    }
}
