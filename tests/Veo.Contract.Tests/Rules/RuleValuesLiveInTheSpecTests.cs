using System.IO;
using System.Linq;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>Guards the single source of truth: rule values may appear in the spec and in tests, never in hand-written src/ code.</summary>
public class RuleValuesLiveInTheSpecTests
{
    [Theory]
    [InlineData("\"1080p\"")]
    [InlineData("\"720p\"")]
    [InlineData("\"4k\"")]
    [InlineData("\"veo-3.0\"")]
    [InlineData("\"veo-3.1-fast\"")]
    [InlineData("\"16:9\"")]
    [InlineData("\"allow_adult\"")]
    public void Hand_written_source_does_not_restate_rule_values(string literal)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Where(path => File.ReadAllText(path).Contains(literal))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_spec_states_the_high_resolution_rule()
    {
        var spec = File.ReadAllText(RepoPaths.Spec);

        Assert.Contains("in: [1080p, 4k]", spec);
        Assert.Contains("values: [8]", spec);
    }
}
