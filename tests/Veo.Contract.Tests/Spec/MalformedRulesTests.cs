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
    [InlineData("field: resolution\n            keywords: [enum]", "field: resolutoin\n            keywords: [enum]", "field 'resolutoin' does not exist")]
    [InlineData("id: VEO0012", "id: VEO0011", "rule id VEO0011 is used more than once")]
    [InlineData("id: VEO0006", "id: VEO6", "rule id 'VEO6' must look like VEO0001")]
    [InlineData("severity: info", "severity: notice", "severity 'notice' is not one of error, warning, info")]
    [InlineData("capability: seed", "capability: audio", "capability 'audio' is not one of resolutions, seed")]
    [InlineData("negations: [", "negation: [", "unknown rule key 'negation'")]
    [InlineData("message: \"{Field} is missing", "message: \"{Feild} is missing", "unknown placeholder {Feild}")]
    [InlineData("keywords: [minimum, maximum, multipleOf]\n            message: \"{Field} {value} is not", "keywords: [minimum, maximum, multipleOf, pattern]\n            message: \"{Field} {value} is not", "rule VEO0002: field 'duration' states no 'pattern'")]
    [InlineData("keywords: [pattern]", "keywords: [patern]", "rule VEO0016: keyword 'patern' is not one of")]
    [InlineData("            seed: []", "            seed: maybe", "capability 'seed' must be a list of values or 'any'")]
    [InlineData("            resolutions: [720p, 1080p]\n", "            resolution: [720p, 1080p]\n", "model 'veo-3.0' must name the same capabilities")]
    [InlineData("          veo-3.0:\n", "          veo-3.5:\n", "must list the model field's x-extensible-enum")]
    public void A_broken_rule_is_reported_at_its_line(string find, string replace, string expected)
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, find, replace);

        var (exitCode, errors, specPath) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
        Assert.StartsWith($"{specPath}({line},", errors);
        Assert.Contains("error VEOSPEC", errors);
    }

    [Theory]
    [InlineData("          maximum: 4294967295", "          maximum: lots", "field 'seed': maximum 'lots' is not a number")]
    [InlineData("          maximum: 4294967295", "          maximum: -1", "field 'seed': maximum -1 is below minimum 0")]
    [InlineData("          multipleOf: 2", "          multipleOf: 0", "field 'duration': multipleOf must be greater than 0")]
    [InlineData("          maxLength: 2048\n          example: https://example.com/hooks", "          maxLength: -5\n          example: https://example.com/hooks", "field 'callback_url': maxLength '-5' is not a whole number")]
    [InlineData("          maxLength: 2048\n          example: https://example.com/hooks", "          maxLenght: 2048\n          example: https://example.com/hooks", "field 'callback_url': keyword 'maxLenght' is not supported")]
    [InlineData("          pattern: '\\S'", "          pattern: '(\\S'", "field 'prompt': pattern '(\\S' is not an ECMAScript regular expression")]
    [InlineData("          minimum: 0\n          maximum: 4294967295", "          minLength: 0\n          maximum: 4294967295", "field 'seed': minLength applies to strings only")]
    [InlineData("      required: [model, prompt]", "      required: [model, prompt, colour]", "required field 'colour' is not one of the properties")]
    public void A_malformed_schema_keyword_is_reported_at_its_line(string find, string replace, string expected)
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, find, replace);

        var (exitCode, errors, specPath) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
        Assert.StartsWith($"{specPath}({line},", errors);
    }

    [Fact]
    public void Two_general_rules_for_one_keyword_fail_the_build()
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, "            keywords: [pattern]\n", "            keywords: [minLength, pattern]\n");

        var (exitCode, errors, _) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains("rules VEO0015 and VEO0016 both report 'minLength' for every field", errors);
    }

    [Fact]
    public void An_uncovered_keyword_names_the_field_and_the_keyword()
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, "            keywords: [pattern]\n", "            keywords: []\n");

        var (exitCode, errors, _) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains("field 'model': 'pattern' is reported by no rule", errors);
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
