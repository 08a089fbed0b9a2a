using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Compares builds of the analyzer (each Veo.Contract.Analyzers.dll loaded in its own load context) on the replay,
/// in alternating short rounds timed by the thread's CPU clock: on a machine shared with other builds, timings taken
/// minutes apart differ by more than the change being measured, while rounds a few milliseconds apart see the same load.
/// </summary>
public static class AnalyzerComparison
{
    private const int Rounds = 40;
    private const int WarmupRounds = 5;
    private const int PassesPerRound = 10;

    public static IEnumerable<string> Run(bool withFindings, IReadOnlyList<string> analyzerPaths)
    {
        var replay = new OperationReplay(BenchmarkCompilation.Create(withFindings));
        var analyzers = analyzerPaths.Select(Load).ToArray();
        var samples = analyzers.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < analyzers.Length; k++)
            {
                var start = ThreadCpuClock.Nanoseconds();
                for (var pass = 0; pass < PassesPerRound; pass++)
                {
                    replay.Run(analyzers[k]);
                }

                if (round >= WarmupRounds)
                {
                    samples[k].Add((ThreadCpuClock.Nanoseconds() - start) / 1000.0 / PassesPerRound / RequestSources.Requests);
                }
            }
        }

        for (var k = 0; k < analyzers.Length; k++)
        {
            var sorted = samples[k].OrderBy(x => x).ToArray();
            // Allocation does not depend on the machine's load: one warm pass, counted on this thread.
            var before = GC.GetAllocatedBytesForCurrentThread();
            var diagnostics = replay.Run(analyzers[k]);
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)RequestSources.Requests;
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{analyzerPaths[k]} (findings={withFindings}): median {sorted[sorted.Length / 2]:F2}, quartiles {sorted[sorted.Length / 4]:F2}-{sorted[sorted.Length * 3 / 4]:F2} us of CPU per request; {allocated:F0} B allocated per request; {diagnostics} diagnostics");
        }
    }

    internal static DiagnosticAnalyzer Load(string path)
    {
        if (path == "idle")
        {
            return new IdleOperationAnalyzer();
        }

        var assembly = new AssemblyLoadContext(path).LoadFromAssemblyPath(System.IO.Path.GetFullPath(path));
        var type = assembly.GetType("Veo.Contract.Analyzers.VeoRequestAnalyzer") ?? throw new ArgumentException(path + " holds no VeoRequestAnalyzer.");
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}
