using BenchmarkDotNet.Attributes;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// The analyzer's own code, per request construction: its operation actions called over operation trees bound once
/// (<see cref="OperationReplay"/>), warm, on one thread. The idle analyzer is the cost of the calls themselves, so
/// Veo minus Idle is what the Veo analyzer adds.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerAloneBenchmarks
{
    private OperationReplay _replay = null!;
    private VeoRequestAnalyzer _veo = null!;
    private IdleOperationAnalyzer _idle = null!;

    [Params(false, true)]
    public bool WithFindings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _replay = new OperationReplay(BenchmarkCompilation.Create(WithFindings));
        _veo = new VeoRequestAnalyzer();
        _idle = new IdleOperationAnalyzer();
        BenchmarkCompilation.CheckFindings(_replay.Run(_veo), WithFindings);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RequestSources.Requests)]
    public int Idle() => _replay.Run(_idle);

    [Benchmark(OperationsPerInvoke = RequestSources.Requests)]
    public int Veo() => _replay.Run(_veo);
}
