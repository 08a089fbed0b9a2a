using System;
using System.Text.RegularExpressions;
using Xunit;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// The consumer walkthrough of the README ("Try the packed packages in an app of your own"): its bash block, found by the
/// command that starts it, and the nuget.config it writes, which the package pages must show word for word.
/// </summary>
internal static partial class ReadmeWalkthrough
{
    private const string FirstCommand = "dotnet new console -o VeoApp";

    /// <summary>The walkthrough's bash block as written.</summary>
    public static string Script(string readme)
    {
        foreach (Match block in FencedBlock().Matches(readme.ReplaceLineEndings("\n")))
        {
            if (block.Groups["language"].Value == "bash" && block.Groups["body"].Value.StartsWith(FirstCommand + "\n", StringComparison.Ordinal))
            {
                return block.Groups["body"].Value;
            }
        }

        Assert.Fail($"The README has no bash block starting with `{FirstCommand}` (the consumer walkthrough).");
        return string.Empty;
    }

    /// <summary>The nuget.config the walkthrough writes (its here-document), without the final line break.</summary>
    public static string NuGetConfig(string script)
    {
        var match = ConfigDocument().Match(script);
        Assert.True(match.Success, "The walkthrough writes no nuget.config with a here-document (cat > nuget.config <<'XML').");
        return match.Groups["config"].Value;
    }

    /// <summary>The page's xml block that maps package sources, without the final line break; null when it has none.</summary>
    public static string? PageNuGetConfig(string page)
    {
        foreach (Match block in FencedBlock().Matches(page.ReplaceLineEndings("\n")))
        {
            if (block.Groups["language"].Value == "xml" && block.Groups["body"].Value.Contains("<packageSourceMapping>", StringComparison.Ordinal))
            {
                return block.Groups["body"].Value.TrimEnd('\n');
            }
        }

        return null;
    }

    [GeneratedRegex(@"^```(?<language>\w*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^cat > nuget\.config <<'XML'\n(?<config>.*?)\nXML$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ConfigDocument();
}
