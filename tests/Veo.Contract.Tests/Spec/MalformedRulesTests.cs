using System.IO;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Spec;

/// <summary>A malformed x-veo-rules stops the build with a message that names the spec line.</summary>
public class MalformedRulesTests
{
    private static readonly string Spec = File.ReadAllText(RepoPaths.Spec);

    [Fact]
    public void The_real_spec_compiles()
    {
        var (exitCode, errors, _) = SpecCompilerRun.Rules(Spec);

        Assert.True(exitCode == 0, errors);
    }

    [Theory]
    [InlineData("kind: requires", "kind: require", "kind 'require' is not one of")]
    [InlineData("field: resolution\n            values: [720p, 1080p, 4k]", "field: resolutoin\n            values: [720p, 1080p, 4k]", "field 'resolutoin' does not exist")]
    [InlineData("id: VEO0012", "id: VEO0011", "rule id VEO0011 is used more than once")]
    [InlineData("id: VEO0006", "id: VEO6", "rule id 'VEO6' must look like VEO0001")]
    [InlineData("severity: info", "severity: notice", "severity 'notice' is not one of error, warning, info")]
    [InlineData("capability: seed", "capability: audio", "capability 'audio' is not one of resolutions, seed")]
    [InlineData("negations: [", "negation: [", "unknown rule key 'negation'")]
    [InlineData("message: \"{Field} is missing", "message: \"{Feild} is missing", "unknown placeholder {Feild}")]
    public void A_broken_rule_is_reported_at_its_line(string find, string replace, string expected)
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, find, replace);

        var (exitCode, errors, specPath) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
        Assert.StartsWith($"{specPath}({line},", errors);
        Assert.Contains("error VEOSPEC", errors);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, "        rules:\n", "        rules: [\n");

        var (exitCode, errors, specPath) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{specPath}(", errors);
        Assert.Contains("error VEOSPEC", errors);
        Assert.True(ErrorLine(errors) >= line, errors);
    }

    private static int ErrorLine(string errors)
    {
        var open = errors.IndexOf('(');
        return int.Parse(errors.Substring(open + 1, errors.IndexOf(',', open) - open - 1), System.Globalization.CultureInfo.InvariantCulture);
    }
}
