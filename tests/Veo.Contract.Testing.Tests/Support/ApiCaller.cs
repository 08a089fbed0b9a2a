using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>Raw HTTP calls to the task API over one HttpClient (the tests check the wire, not a client's reading of it).</summary>
public sealed class ApiCaller
{
    public const string Key = "test-key-123";

    public ApiCaller(HttpClient http)
    {
        Http = http;
    }

    public HttpClient Http { get; }

    public Task<ApiResponse> CreateAsync(string json, string? key = Key)
        => SendAsync(HttpMethod.Post, "v1/tasks", new StringContent(json, Encoding.UTF8, "application/json"), key);

    public Task<ApiResponse> GetAsync(string taskId, string? key = Key)
        => SendAsync(HttpMethod.Get, "v1/tasks/" + taskId, null, key);

    public Task<ApiResponse> CancelAsync(string taskId, string? key = Key)
        => SendAsync(HttpMethod.Post, "v1/tasks/" + taskId + "/cancel", null, key);

    /// <summary>Creates the vendor's example task and returns its id.</summary>
    public async Task<string> CreateExampleAsync()
    {
        var created = await CreateAsync(Requests.VendorExample);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return created.Text("task_id");
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content, string? key = Key)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await Http.SendAsync(request);
        return new ApiResponse(response, await response.Content.ReadAsStringAsync());
    }
}
