using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Veo.Contract.Rules;
using Veo.Contract.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;
using static Veo.Contract.Tests.Support.SpecDocument;

namespace Veo.Contract.Tests.Rules;

/// <summary>
/// Guards the single source of truth: rule values live in the spec (read here as parsed YAML) and reach the rule
/// engine through the generated table; they may appear in tests, never in hand-written src/ code.
/// </summary>
public class RuleValuesLiveInTheSpecTests
{
    private static readonly SpecDocument Spec = SpecDocument.Instance;

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
    public void The_spec_states_the_high_resolution_rule_and_the_engine_uses_its_values()
    {
        var rule = Spec.Rule("VEO0003");
        var when = Map(rule, "when");

        // The vendor page: 1080p and 4k need an 8 second video.
        Assert.Equal("requires", Scalar(rule, "kind"));
        Assert.Equal("resolution", Scalar(when, "field"));
        Assert.Equal(["1080p", "4k"], List(when, "in"));
        Assert.Equal("duration", Scalar(rule, "field"));
        Assert.Equal(["8"], List(rule, "values"));

        var definition = Definition("VEO0003");
        Assert.Equal(RuleKind.Requires, definition.Kind);
        Assert.Equal(Scalar(when, "field"), definition.WhenField!.WireName);
        Assert.Equal(List(when, "in"), definition.WhenValues);
        Assert.Equal(Scalar(rule, "field"), definition.Field!.WireName);
        Assert.Equal(List(rule, "values"), definition.Values);
    }

    [Fact]
    public void The_rule_table_holds_the_spec_rules_in_spec_order()
        => Assert.Equal(Spec.Rules.Select(rule => Scalar(rule, "id")), VeoRuleTable.Rules.Select(rule => rule.Id));

    public static TheoryData<string> RuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (var rule in SpecDocument.Instance.Rules)
        {
            ids.Add(Scalar(rule, "id")!);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_definition_carries_what_the_spec_states(string id)
    {
        var rule = Spec.Rule(id);
        var definition = Definition(id);

        Assert.Equal(Scalar(rule, "severity"), definition.Severity.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Scalar(rule, "title"), definition.Title);
        Assert.Equal(Scalar(rule, "kind")!.Replace("-", string.Empty), definition.Kind.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Scalar(rule, "field"), definition.Field?.WireName);
        Assert.Equal(Scalar(rule, "capability"), definition.Capability);
        Assert.Equal(Scalar(rule, "message"), definition.MessageTemplate);
        Assert.Equal(List(rule, "negations").OrderByDescending(word => word.Length), definition.Negations);
        Assert.Equal(
            List(rule, "keywords").Aggregate(SchemaKeywords.None, (all, keyword) => all | Enum.Parse<SchemaKeywords>(keyword, ignoreCase: true)),
            definition.Keywords);

        // An allowed-values rule without its own list takes the field's known values, said once in the spec.
        var values = List(rule, "values");
        if (Scalar(rule, "kind") == "allowed-values" && values.Count == 0)
        {
            values = List(Spec.Field(Scalar(rule, "field")!), "x-extensible-enum");
            Assert.NotEmpty(values);
        }

        Assert.Equal(values, definition.Values);
    }

    [Fact]
    public void The_model_table_is_the_specs_capability_table()
    {
        var expected = Spec.Models.Children.Select(model => (
            Id: ((YamlScalarNode)model.Key).Value,
            Capabilities: ((YamlMappingNode)model.Value).Children.Select(capability => (
                Name: ((YamlScalarNode)capability.Key).Value,
                Values: capability.Value is YamlScalarNode { Value: "any" }
                    ? null
                    : string.Join(",", ((YamlSequenceNode)capability.Value).Children.Cast<YamlScalarNode>().Select(v => v.Value))))
                .ToList()));

        var actual = VeoRuleTable.Models.Select(model => (
            Id: (string?)model.Id,
            Capabilities: model.Capabilities.Select(capability => (
                Name: (string?)capability.Name,
                Values: capability.Values is null ? null : string.Join(",", capability.Values))).ToList()));

        Assert.Equal(expected.Select(m => m.Id), actual.Select(m => m.Id));
        Assert.Equal(expected.SelectMany(m => m.Capabilities), actual.SelectMany(m => m.Capabilities));
    }

    public static TheoryData<string> FieldPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var field in VeoRequestSchema.ValueFields)
        {
            paths.Add(field.WireName);
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Each_field_checks_the_keywords_the_spec_states(string wirePath)
    {
        var schema = Spec.Field(wirePath);
        var field = VeoRequestSchema.ValueFields.Single(f => f.WireName == wirePath);
        var owner = wirePath.Contains('.') ? Spec.Field(wirePath[..wirePath.LastIndexOf('.')]) : Spec.RequestSchema;

        Assert.Equal(List(owner, "required").Contains(field.Name), field.Required);
        Assert.Equal(Scalar(schema, "default"), field.DefaultValue);
        Assert.Equal(List(schema, "enum"), field.EnumValues);
        Assert.Equal(List(schema, "x-enumNames"), field.EnumMemberNames);
        Assert.Equal(List(schema, "x-extensible-enum"), field.KnownValues);
        Assert.Equal(Number(schema, "minimum"), field.Minimum);
        Assert.Equal(Number(schema, "maximum"), field.Maximum);
        Assert.Equal(Number(schema, "multipleOf"), field.MultipleOf);
        Assert.Equal((int?)Number(schema, "minLength"), field.MinLength);
        Assert.Equal((int?)Number(schema, "maxLength"), field.MaxLength);
        Assert.Equal(Scalar(schema, "pattern"), field.Pattern);
    }

    private static decimal? Number(YamlMappingNode schema, string key)
        => Scalar(schema, key) is { } text ? decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static RuleDefinition Definition(string id) => Assert.Single(VeoRuleTable.Rules, rule => rule.Id == id);
}
