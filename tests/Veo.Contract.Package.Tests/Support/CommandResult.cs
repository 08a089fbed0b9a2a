using System;
using System.Linq;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>What a finished `dotnet` command left: its exit code and everything it printed (stdout and stderr, in order).</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The output lines that contain <paramref name="text"/>, without duplicates (the build summary repeats them).</summary>
    public string[] LinesContaining(string text) => Output
        .Split('\n')
        .Select(line => line.TrimEnd('\r').Trim())
        .Where(line => line.Contains(text, StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>A failure message that shows the command and the end of its output.</summary>
    public string Describe()
    {
        const int tail = 6000;
        var output = Output.Length <= tail ? Output : "…" + Output[^tail..];
        return $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F0} s. Output:\n{output}";
    }
}
