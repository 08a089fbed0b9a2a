using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (BenchmarkDotNet's own switches: --filter, --job, ...), or with
/// `--video-sizes` prints the fake's MP4 sizes per format.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        if (args is ["--video-sizes"])
        {
            await FakeVideoSizes.PrintAsync();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
