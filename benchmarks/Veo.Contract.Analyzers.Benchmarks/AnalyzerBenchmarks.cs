using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// One full analyzer pass through Roslyn's driver (CompilationWithAnalyzers) over the fixed compilation, reported per
/// request construction. Each pass binds the code again, so the idle analyzer is the baseline and the Veo analyzer's
/// cost is the difference of the two means; that binding is about 300 µs per request and its noise on a shared
/// machine hides a difference of a few µs, which <see cref="AnalyzerAloneBenchmarks"/> measures instead.
/// Concurrent analysis is off: one thread.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;

    [Params(false, true)]
    public bool WithFindings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = BenchmarkCompilation.Create(WithFindings);

        // The expected number of findings, so a broken analyzer cannot look fast.
        BenchmarkCompilation.CheckFindings(Analyze(new VeoRequestAnalyzer()).Result, WithFindings);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RequestSources.Requests)]
    public Task<int> Idle() => Analyze(new IdleOperationAnalyzer());

    [Benchmark(OperationsPerInvoke = RequestSources.Requests)]
    public Task<int> Veo() => Analyze(new VeoRequestAnalyzer());

    private async Task<int> Analyze(DiagnosticAnalyzer analyzer)
    {
        var diagnostics = await _compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Options())
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }

    private static CompilationWithAnalyzersOptions Options()
        => new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
}
