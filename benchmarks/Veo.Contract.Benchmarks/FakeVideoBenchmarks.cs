using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Testing;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// What one download of the fake's video costs, per format: the fake builds the MP4 on every request (nothing is
/// cached), so this is the generation time as a test that downloads the video sees it, through the in-process handler.
/// </summary>
[MemoryDiagnoser]
public class FakeVideoBenchmarks
{
    private FakeVeoServer _fake = null!;
    private HttpClient _http = null!;
    private Uri _link = null!;

    /// <summary>resolution, aspect ratio and duration, as the create request sends them.</summary>
    [Params("720p 16:9 4", "720p 16:9 6", "720p 16:9 8", "720p 9:16 8", "1080p 16:9 8", "1080p 9:16 8", "4k 16:9 8", "4k 9:16 8")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _fake = new FakeVeoServer(new FakeVeoServerOptions { TimeProvider = clock });
        _http = _fake.CreateHttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeVeoServer.DefaultApiKey);
        _link = CompletedVideoLink(_http, clock, Format).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "download the fake's MP4")]
    public Task<byte[]> Download() => _http.GetByteArrayAsync(_link);

    /// <summary>Creates a task for <paramref name="format"/>, lets it complete and returns its video link.</summary>
    internal static async Task<Uri> CompletedVideoLink(HttpClient http, FakeTimeProvider clock, string format)
    {
        var parts = format.Split(' ');
        var body = $$"""{"model":"veo-3.1","prompt":"benchmark","resolution":"{{parts[0]}}","aspect_ratio":"{{parts[1]}}","duration":{{parts[2]}}}""";
        using var created = await http.PostAsync("v1/tasks", new StringContent(body, Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        using var task = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        clock.Advance(TimeSpan.FromMinutes(5));
        using var status = JsonDocument.Parse(await http.GetStringAsync("v1/tasks/" + task.RootElement.GetProperty("task_id").GetString()));
        var url = status.RootElement.GetProperty("result").GetProperty("videos")[0].GetProperty("url");
        return new Uri(url.ValueKind == JsonValueKind.Array ? url[0].GetString()! : url.GetString()!);
    }
}
