using System;
using System.IO;
using System.Threading.Tasks;
using Veo.Contract.Package.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Veo.Contract.Package.Tests;

/// <summary>
/// The command-line recipe of the README, on a project that installs the package from the feed:
/// `dotnet format analyzers --diagnostics VEO0003 VEO0004 VEO0005` on two identical copies gives the same code, the
/// code the precedence rule says (the model switch 4k needs also mends the seed; a seed alone is dropped; a local that
/// feeds only the duration gets the new value), and the result builds with no VEO finding and no compiler warning.
/// Many orders and starting points are replayed in process by the analyzer tests (RepeatableFixAllTests); this runs
/// the real tool, twice, to catch what only it does.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class CommandLineFixTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string Template = "CommandLineFixes";

    private static readonly string[] Recipe = ["analyzers", "--diagnostics", "VEO0003", "VEO0004", "VEO0005", "-v", "normal"];

    [Fact]
    public async Task Dotnet_format_gives_the_same_fixed_code_on_two_copies_and_it_builds_clean()
    {
        var first = feed.Consumers.AddConsumer(Template, name: Template + "1");
        var second = feed.Consumers.AddConsumer(Template, name: Template + "2");
        var original = File.ReadAllText(Path.Combine(first, "Requests.cs"));

        var firstRun = await FormatAsync(first);
        var secondRun = await FormatAsync(second);

        foreach (var run in new[] { firstRun, secondRun })
        {
            Assert.True(run.Succeeded, run.Describe());
            Assert.Empty(run.LinesContaining("didn't return a Fix All action"));
            Assert.Empty(run.LinesContaining("Unable to fix"));
        }

        var fixedCode = File.ReadAllText(Path.Combine(first, "Requests.cs"));
        Assert.Equal(fixedCode, File.ReadAllText(Path.Combine(second, "Requests.cs")));
        Assert.Equal(Expected(original), fixedCode);

        var build = await feed.Consumers.BuildAsync(first);
        output.WriteLine($"build of the fixed copy: {build.Elapsed.TotalSeconds:F1} s");
        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(build.LinesContaining("VEO0"));
        Assert.Empty(build.LinesContaining(": warning CS"));
    }

    private async Task<CommandResult> FormatAsync(string consumer)
    {
        var run = await feed.Consumers.FormatAsync(consumer, Recipe);
        output.WriteLine($"dotnet format in {Path.GetFileName(consumer)}: {run.Elapsed.TotalSeconds:F1} s\n{run.Output}");
        return run;
    }

    /// <summary>The template's requests as the precedence rule fixes them, written out edit by edit.</summary>
    private static string Expected(string original)
    {
        var expected = original
            .Replace(
                "Model = VeoModels.Veo30, Prompt = \"Night\", Resolution = Resolution.Uhd4k, Seed = 7",
                "Model = VeoModels.Veo31, Prompt = \"Night\", Resolution = Resolution.Uhd4k, Seed = 7",
                StringComparison.Ordinal)
            .Replace("Prompt = \"Day\", Seed = 7 }", "Prompt = \"Day\" }", StringComparison.Ordinal)
            .Replace("var duration = 6;", "var duration = 8;", StringComparison.Ordinal);
        Assert.Equal(3, Differences(original, expected)); // each edit above matched the template
        return expected;
    }

    private static int Differences(string a, string b)
    {
        var linesA = a.Split('\n');
        var linesB = b.Split('\n');
        var count = 0;
        for (var i = 0; i < Math.Min(linesA.Length, linesB.Length); i++)
        {
            count += linesA[i] == linesB[i] ? 0 : 1;
        }

        return count;
    }
}
