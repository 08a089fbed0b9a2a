using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// What the analyzer adds in the editor: one open document of a 1,000-file project (<see cref="EditorSources"/>)
/// analyzed as the IDE does after each edit, a new compilation with the edited tree and
/// <see cref="CompilationWithAnalyzers"/> on that document's semantic model, with the Veo analyzer against the idle
/// analyzer (the same callbacks, no work), in alternating pairs on fresh edits so neither side reuses the other's
/// binding. The first document after loading is timed in fresh processes: Roslyn warmed on another compilation, then
/// the project parsed, then the analyzer loaded and the open document analyzed, timed together.
/// </summary>
public static class EditorBenchmark
{
    private const int WarmupPairs = 5;
    private const int RequestsPerRound = 20;
    private const int FirstDocumentProcesses = 10;

    private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    public static IEnumerable<string> Run(string analyzerPath, int rounds)
    {
        var (compilation, open) = Load();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The editor project does not compile: " + errors[0]);
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"project: {compilation.SyntaxTrees.Count()} files; open document: {open.GetText().Lines.Count} lines, {EditorSources.RequestsInDocument} requests, {EditorSources.FindingsInDocument} findings");
        var veo = AnalyzerComparison.Load(analyzerPath);
        var idle = AnalyzerComparison.Load("idle");
        var edit = 0;
        for (var pair = 0; pair < WarmupPairs; pair++)
        {
            Analyze(compilation, open, veo, ++edit);
            Analyze(compilation, open, idle, ++edit);
        }

        var medians = new List<double>();
        var p95s = new List<double>();
        var ownMedians = new List<double>();
        var ownP95s = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var with = new List<double>();
            var without = new List<double>();
            var own = new List<double>();
            var idleOwn = new List<double>();
            for (var request = 0; request < RequestsPerRound; request++)
            {
                // Alternating which side goes first, so a machine getting busier or quieter favours neither.
                if (request % 2 == 0)
                {
                    Add(with, own, Timed(compilation, open, veo, ++edit, EditorSources.FindingsInDocument));
                    Add(without, idleOwn, Timed(compilation, open, idle, ++edit, 0));
                }
                else
                {
                    Add(without, idleOwn, Timed(compilation, open, idle, ++edit, 0));
                    Add(with, own, Timed(compilation, open, veo, ++edit, EditorSources.FindingsInDocument));
                }
            }

            var median = Percentile(with, 0.5) - Percentile(without, 0.5);
            var p95 = Percentile(with, 0.95) - Percentile(without, 0.95);
            medians.Add(median);
            p95s.Add(p95);
            ownMedians.Add(Percentile(own, 0.5) - Percentile(idleOwn, 0.5));
            ownP95s.Add(Percentile(own, 0.95) - Percentile(idleOwn, 0.95));
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: {RequestsPerRound} requests each; wall median {Percentile(without, 0.5):F2} ms without, {Percentile(with, 0.5):F2} ms with (+{median:F2}); wall p95 {Percentile(without, 0.95):F2} / {Percentile(with, 0.95):F2} ms (+{p95:F2}); inside the analyzer's callbacks (Roslyn's execution time) median {Percentile(idleOwn, 0.5):F3} ms idle, {Percentile(own, 0.5):F3} ms Veo, p95 {Percentile(idleOwn, 0.95):F3} / {Percentile(own, 0.95):F3} ms");
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"added per request, median of {rounds} rounds: inside the callbacks (Veo - idle) median +{Percentile(ownMedians, 0.5):F3} ms (rounds {ownMedians.Min():F3} to {ownMedians.Max():F3}), p95 +{Percentile(ownP95s, 0.5):F3} ms (rounds {ownP95s.Min():F3} to {ownP95s.Max():F3}); wall median +{Percentile(medians, 0.5):F2} ms (rounds {medians.Min():F2} to {medians.Max():F2}), wall p95 +{Percentile(p95s, 0.5):F2} ms (rounds {p95s.Min():F2} to {p95s.Max():F2})");

        var first = new List<(double Wall, double Own)>();
        var firstIdle = new List<(double Wall, double Own)>();
        for (var process = 0; process < FirstDocumentProcesses; process++)
        {
            if (process % 2 == 0)
            {
                first.Add(FirstDocumentInNewProcess(analyzerPath));
                firstIdle.Add(FirstDocumentInNewProcess("idle"));
            }
            else
            {
                firstIdle.Add(FirstDocumentInNewProcess("idle"));
                first.Add(FirstDocumentInNewProcess(analyzerPath));
            }
        }

        var wallWith = first.Select(x => x.Wall).ToList();
        var wallWithout = firstIdle.Select(x => x.Wall).ToList();
        var firstOwn = first.Select(x => x.Own).ToList();
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"first document after loading, {FirstDocumentProcesses} processes each (alternating): the analyzer's own time (assembly load + its callbacks) median {Percentile(firstOwn, 0.5):F1} ms ({firstOwn.Min():F1} to {firstOwn.Max():F1}); wall median {Percentile(wallWithout, 0.5):F0} ms without, {Percentile(wallWith, 0.5):F0} ms with (+{Percentile(wallWith, 0.5) - Percentile(wallWithout, 0.5):F0}); wall without {Join(wallWithout)}; with {Join(wallWith)}");
    }

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The child process: prints the milliseconds from loading the analyzer to the first document's diagnostics, then
    /// the analyzer's own share of them: loading its assembly and the time Roslyn measured inside its callbacks.
    /// </summary>
    public static string FirstDocument(string analyzerPath)
    {
        // Roslyn itself warm, as in an IDE that has been running: a small unrelated compilation analyzed first.
        var warm = CSharpCompilation.Create(
            "Warm",
            [CSharpSyntaxTree.ParseText(EditorSources.Project().First().Replace("Editor.Project", "Warm", StringComparison.Ordinal), Parse)],
            BenchmarkCompilation.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Diagnostics(warm, warm.SyntaxTrees.Single(), AnalyzerComparison.Load("idle"));

        var (compilation, open) = Load();
        var watch = Stopwatch.StartNew();
        var analyzer = AnalyzerComparison.Load(analyzerPath);
        var loaded = watch.Elapsed;
        var (found, inCallbacks) = Diagnostics(compilation, open, analyzer);
        watch.Stop();
        var expected = analyzerPath == "idle" ? 0 : EditorSources.FindingsInDocument;
        return found == expected
            ? string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:F3} {(loaded + inCallbacks).TotalMilliseconds:F3}")
            : throw new InvalidOperationException($"First document: {found} diagnostics, expected {expected}.");
    }

    private static (double Wall, double Own) FirstDocumentInNewProcess(string analyzerPath)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["--editor-first", analyzerPath]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        var parts = output.Split(' ');
        return process.ExitCode == 0 && parts.Length == 2
            ? (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"--editor-first {analyzerPath} failed ({process.ExitCode}): {output}");
    }

    private static (Compilation Compilation, SyntaxTree Open) Load()
    {
        var trees = EditorSources.Project().Select((source, i) => CSharpSyntaxTree.ParseText(source, Parse, path: $"Feature{i}.cs")).ToList();
        var open = CSharpSyntaxTree.ParseText(EditorSources.OpenDocument(), Parse, path: "OpenDocument.cs");
        trees.Add(open);
        var compilation = CSharpCompilation.Create(
            "EditorProject",
            trees,
            BenchmarkCompilation.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, open);
    }

    private static (double Wall, double Own) Timed(Compilation compilation, SyntaxTree open, DiagnosticAnalyzer analyzer, int edit, int expected)
    {
        // A collection left over from the previous request would land in whichever side runs next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var (found, own) = Analyze(compilation, open, analyzer, edit);
        watch.Stop();
        return found == expected
            ? (watch.Elapsed.TotalMilliseconds, own.TotalMilliseconds)
            : throw new InvalidOperationException($"{found} diagnostics in the open document, expected {expected}.");
    }

    private static void Add(List<double> wall, List<double> own, (double Wall, double Own) sample)
    {
        wall.Add(sample.Wall);
        own.Add(sample.Own);
    }

    /// <summary>The edit (the number in <see cref="EditorSources.EditMarker"/> changed, as if typed), then the document's analysis.</summary>
    private static (int Found, TimeSpan Own) Analyze(Compilation compilation, SyntaxTree open, DiagnosticAnalyzer analyzer, int edit)
    {
        var text = open.GetText();
        var at = text.ToString().IndexOf(EditorSources.EditMarker, StringComparison.Ordinal);
        var edited = open.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, EditorSources.EditMarker.Length), $"var retries = {3 + (edit % 7)};")));
        return Diagnostics(compilation.ReplaceSyntaxTree(open, edited), edited, analyzer);
    }

    /// <summary>The document's analyzer diagnostics (VEO ones counted) and the time Roslyn measured inside the analyzer's callbacks.</summary>
    private static (int Found, TimeSpan Own) Diagnostics(Compilation compilation, SyntaxTree document, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var analysis = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var diagnostics = analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(document), null, CancellationToken.None).GetAwaiter().GetResult();
        var own = analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        return (diagnostics.Count(d => d.Id.StartsWith("VEO", StringComparison.Ordinal)), own);
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.OrderBy(x => x).ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }
}
