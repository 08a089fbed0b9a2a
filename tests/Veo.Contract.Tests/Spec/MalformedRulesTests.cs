using System.IO;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Spec;

/// <summary>A malformed rule stops the build with a message that names the spec line.</summary>
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
    [InlineData("            source: assumption\n", "            sauce: assumption\n", "unknown x-rule key 'sauce'")]
    [InlineData("            severity: info\n", "            severity: notice\n", "rule VEO0010: severity 'notice' is not one of error, warning, info")]
    [InlineData("        id: VEO0006\n", "        id: VEO6\n", "rule id 'VEO6' must be capital letters and then at least three digits")]
    [InlineData("            message: \"{Field} is required but not set.\"", "            message: \"{Feild} is required but not set.\"", "rule VEO0013: unknown placeholder {Feild}")]
    [InlineData("use one of {allowed} seconds.\"", "use one of {allowed} seconds for {ifValue}.\"", "rule VEO0002: placeholder {ifValue} has no value for this rule")]
    [InlineData("          multipleOf: 2\n", "          multipleof: 2\n", "field 'duration': keyword 'multipleof' is not supported")]
    [InlineData("        - required: [model]\n", "        - required: [modle]\n", "field 'modle' is not one of the properties of the request")]
    [InlineData("              resolution:\n                enum: [1080p, 4k]\n", "              resolutoin:\n                enum: [1080p, 4k]\n", "field 'resolutoin' is not one of the properties of the request")]
    [InlineData("          minimum: 0\n          maximum: 4294967295\n", "          minLength: 0\n          maximum: 4294967295\n", "field 'seed': minLength applies to strings only")]
    [InlineData("          multipleOf: 2\n", "          multipleOf: 0\n", "field 'duration': multipleOf must be greater than 0")]
    [InlineData("          maximum: 4294967295\n", "          maximum: lots\n", "field 'seed': maximum 'lots' is not a number")]
    [InlineData("              pattern: '[^", "              pattern: '(x[^", "is not an ECMAScript regular expression .NET can evaluate")]
    [InlineData("                const: 8\n", "                const: null\n", "null is never sent")]
    [InlineData("            message: \"{Field} '{value}' is not an absolute http or https URL.\"", "            message: \"{Field} '{value}' is not an absolute http or https URL; use {allowed}.\"", "rule VEO0011: placeholder {allowed} has no value for this rule ({allowed} needs listed values, bounds or lengths, never only a pattern")]
    [InlineData("            message: \"{Field} is missing, empty or whitespace; describe the video to generate.\"", "            message: \"{Field} is blank{didYouMean}.\"", "rule VEO0009: placeholder {didYouMean} has no value for this rule")]
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
    [InlineData("            severity: warning\n            title: Unknown action\n", "            severity: error\n            title: Unknown action\n", "rule VEO0012: x-advice holds warnings and infos")]
    [InlineData("            severity: error\n            title: Required field missing\n", "            severity: warning\n            title: Required field missing\n", "rule VEO0013 is a warning: every validator enforces")]
    [InlineData("            source: vendor\n            message: \"{Field} {value} is not supported; use one of {allowed} seconds.\"", "            source: assumption\n            message: \"{Field} {value} is not supported; use one of {allowed} seconds.\"", "rule VEO0002: an assumption is never an error")]
    [InlineData("            source: vendor\n            message: \"{Field} {value} is not supported; use one of {allowed} seconds.\"", "            source: limit\n            message: \"{Field} {value} is not supported; use one of {allowed} seconds.\"", "rule VEO0002: source 'limit' is for generous upper bounds of ours")]
    [InlineData("            id: VEO0012\n", "            id: VEO0010\n", "rule VEO0010 has severity warning here and info at line")]
    [InlineData("            title: Required field missing\n", "", "rule VEO0013 has no title")]
    [InlineData("        - required: [model]\n", "        - required: [model]\n          maxLength: 3\n", "'maxLength' applies to a field's value, not to the request")]
    [InlineData("          maximum: 4294967295\n", "          maximum: -1\n", "field 'seed': maximum -1 is below minimum 0")]
    [InlineData("        - properties:\n            action:\n              enum: [generate]\n", "        - properties:\n            action:\n              const: generate\n", "field 'action': x-constants-class names the values of the field's one x-advice enum, and 0 were found")]
    public void A_misplaced_or_inconsistent_rule_names_the_problem(string find, string replace, string expected)
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, find, replace);

        var (exitCode, errors, specPath) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
        Assert.StartsWith($"{specPath}(", errors);
    }

    [Fact]
    public void A_constraint_without_an_annotation_fails_the_build()
    {
        var (text, _) = SpecCompilerRun.Mutate(Spec, "          x-rule:\n            id: VEO0002\n", "          x-note:\n            id: VEO0002\n");

        var (exitCode, errors, _) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains("field 'duration': keyword 'x-note' is not supported", errors);

        (text, _) = SpecCompilerRun.Mutate(Spec, "          x-rule:\n            id: VEO0002\n            severity: error\n            title: Unsupported duration\n            source: vendor\n            message: \"{Field} {value} is not supported; use one of {allowed} seconds.\"\n", "");
        (exitCode, errors, _) = SpecCompilerRun.Rules(text);

        Assert.Equal(1, exitCode);
        Assert.Contains("field 'duration': this constraint has no x-rule", errors);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var (text, line) = SpecCompilerRun.Mutate(Spec, "      x-advice:\n", "      x-advice: [\n");

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
