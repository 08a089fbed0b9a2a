using BenchmarkDotNet.Running;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (BenchmarkDotNet's own switches: --filter, --job, ...).</summary>
public static class Program
{
    public static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
