using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (BenchmarkDotNet's own switches: --filter, --job, ...), or with
/// --callback-time prints Roslyn's measure of the Veo analyzer's own callback time per request (median of 21 warm passes).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--callback-time"])
        {
            foreach (var withFindings in new[] { false, true })
            {
                var benchmark = new AnalyzerBenchmarks { WithFindings = withFindings };
                benchmark.Setup();
                benchmark.CallbackMicrosecondsPerRequestAsync(5).GetAwaiter().GetResult(); // warm-up
                var microseconds = benchmark.CallbackMicrosecondsPerRequestAsync(21).GetAwaiter().GetResult();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"WithFindings={withFindings}: {microseconds:F1} us per request in the Veo analyzer's callbacks"));
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
