using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// One full analyzer pass over the fixed compilation, reported per request construction. Each pass binds the code
/// again (Roslyn does so for every CompilationWithAnalyzers), so the idle analyzer is the baseline and the Veo
/// analyzer's own cost is the difference of the two means. Concurrent analysis is off: one thread.
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
        var trees = RequestSources.Create(WithFindings).Select(source => CSharpSyntaxTree.ParseText(source)).ToArray();
        _compilation = CSharpCompilation.Create(
            "AnalyzerBenchmark",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The benchmark code does not compile: " + errors[0]);
        }

        // The expected number of findings, so a broken analyzer cannot look fast.
        var found = Analyze(new VeoRequestAnalyzer()).Result;
        var expected = WithFindings ? 4 * RequestSources.Files * RequestSources.MethodsPerFile : 0;
        if (found < expected)
        {
            throw new InvalidOperationException($"Expected at least {expected} findings, got {found}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RequestSources.Requests)]
    public Task<int> Idle() => Analyze(new IdleOperationAnalyzer());

    [Benchmark(OperationsPerInvoke = RequestSources.Requests)]
    public Task<int> Veo() => Analyze(new VeoRequestAnalyzer());

    /// <summary>
    /// Roslyn's own measure of the time spent inside the Veo analyzer's callbacks (binding excluded), per request, as the
    /// median of <paramref name="passes"/> warm passes: far less noisy than Veo minus Idle on a busy machine.
    /// </summary>
    public async Task<double> CallbackMicrosecondsPerRequestAsync(int passes)
    {
        var analyzer = new VeoRequestAnalyzer();
        var times = new double[passes];
        for (var pass = 0; pass < passes; pass++)
        {
            var withAnalyzers = _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), Options(logTime: true));
            await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            times[pass] = telemetry.ExecutionTime.TotalMilliseconds * 1000 / RequestSources.Requests;
        }

        Array.Sort(times);
        return times[passes / 2];
    }

    private async Task<int> Analyze(DiagnosticAnalyzer analyzer)
    {
        var diagnostics = await _compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Options(logTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }

    private static CompilationWithAnalyzersOptions Options(bool logTime)
        => new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logTime);

    /// <summary>The running framework's assemblies and the real client.</summary>
    private static MetadataReference[] References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(CreateTaskRequest).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
