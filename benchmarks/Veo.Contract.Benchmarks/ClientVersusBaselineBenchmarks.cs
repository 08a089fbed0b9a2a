using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// One create (serialize, send, receive, deserialize) and one status poll, through VeoClient and through the
/// hand-written baseline, against the same canned handler. Each category's ratio is the client's cost over the baseline's.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ClientVersusBaselineBenchmarks
{
    private const string ApiKey = "sk-benchmark-not-a-real-key";
    private static readonly Uri BaseAddress = new("https://api.example.test/");

    private CreateTaskRequest _request = null!;
    private CannedJsonHandler _clientHandler = null!;
    private CannedJsonHandler _baselineHandler = null!;
    private VeoClient _client = null!;
    private VeoClient _clientWithoutValidation = null!;
    private HandWrittenTaskClient _baseline = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The vendor's example request: valid, so the client's validation passes and the request is sent.
        _request = new CreateTaskRequest
        {
            Model = "veo-3.1",
            Action = "generate",
            Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
            AspectRatio = AspectRatio.Landscape16x9,
            Duration = 8,
            Resolution = Resolution.FullHd1080p,
        };

        _clientHandler = new CannedJsonHandler();
        _client = new VeoClient(new HttpClient(_clientHandler, disposeHandler: false) { BaseAddress = BaseAddress }, new VeoClientOptions { ApiKey = ApiKey });
        _clientWithoutValidation = new VeoClient(
            new HttpClient(_clientHandler, disposeHandler: false) { BaseAddress = BaseAddress },
            new VeoClientOptions { ApiKey = ApiKey, ValidateBeforeSend = false });

        _baselineHandler = new CannedJsonHandler();
        var baselineHttp = new HttpClient(_baselineHandler, disposeHandler: false) { BaseAddress = BaseAddress };
        baselineHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        baselineHttp.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _baseline = new HandWrittenTaskClient(baselineHttp);

        EnsureSameWork().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen")]
    [BenchmarkCategory("Create")]
    public Task<CreateTaskResponse> CreateBaseline() => _baseline.CreateTaskAsync(_request);

    [Benchmark(Description = "VeoClient (validates)")]
    [BenchmarkCategory("Create")]
    public Task<CreateTaskResponse> CreateVeoClient() => _client.CreateTaskAsync(_request);

    [Benchmark(Description = "VeoClient (ValidateBeforeSend off)")]
    [BenchmarkCategory("Create")]
    public Task<CreateTaskResponse> CreateVeoClientWithoutValidation() => _clientWithoutValidation.CreateTaskAsync(_request);

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source gen")]
    [BenchmarkCategory("StatusPoll")]
    public Task<VeoTask> PollBaseline() => _baseline.GetTaskAsync(CannedJson.TaskId);

    [Benchmark(Description = "VeoClient")]
    [BenchmarkCategory("StatusPoll")]
    public Task<VeoTask> PollVeoClient() => _client.GetTaskAsync(CannedJson.TaskId);

    // A ratio means nothing unless both sides send the same body and read the same answer: checked once, before measuring.
    private async Task EnsureSameWork()
    {
        var viaClient = await _client.CreateTaskAsync(_request).ConfigureAwait(false);
        var viaBaseline = await _baseline.CreateTaskAsync(_request).ConfigureAwait(false);
        Require(_clientHandler.LastRequestBodyLength > 0 && _clientHandler.LastRequestBodyLength == _baselineHandler.LastRequestBodyLength,
            $"request bodies differ: client {_clientHandler.LastRequestBodyLength} bytes, baseline {_baselineHandler.LastRequestBodyLength} bytes");
        Require(viaClient.TaskId == CannedJson.TaskId && viaBaseline.TaskId == CannedJson.TaskId && viaClient.Status == viaBaseline.Status,
            "create responses were read differently");

        var polledByClient = await _client.GetTaskAsync(CannedJson.TaskId).ConfigureAwait(false);
        var polledByBaseline = await _baseline.GetTaskAsync(CannedJson.TaskId).ConfigureAwait(false);
        Require(polledByClient.Progress == 42 && polledByBaseline.Progress == 42 && polledByClient.Urls?.Get == polledByBaseline.Urls?.Get,
            "status responses were read differently");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The benchmark is not comparing like with like: " + problem + ".");
        }
    }
}
