using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (BenchmarkDotNet's own switches: --filter, --job, ...), or with
/// <c>--compare &lt;findings&gt; &lt;analyzer.dll&gt;...</c> compares builds of the analyzer (<see cref="AnalyzerComparison"/>),
/// or with <c>--editor &lt;analyzer.dll&gt; [rounds]</c> times it in the editor (<see cref="EditorBenchmark"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--compare", var findings, .. var analyzers] && analyzers.Length > 0 && bool.TryParse(findings, out var withFindings))
        {
            foreach (var line in AnalyzerComparison.Run(withFindings, analyzers))
            {
                Console.WriteLine(line);
            }

            return;
        }

        if (args is ["--editor", var analyzer, .. var rest] && (rest is [] || (rest is [var r] && int.TryParse(r, out _))))
        {
            foreach (var line in EditorBenchmark.Run(analyzer, rest is [var rounds] ? int.Parse(rounds, CultureInfo.InvariantCulture) : 3))
            {
                Console.WriteLine(line);
            }

            return;
        }

        if (args is ["--editor-first", var firstAnalyzer])
        {
            Console.WriteLine(EditorBenchmark.FirstDocument(firstAnalyzer));
            return;
        }

        if (args is ["--compare", ..])
        {
            Console.Error.WriteLine("usage: --compare <true|false: with findings> <path of Veo.Contract.Analyzers.dll, or idle>...");
            Environment.Exit(2);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
