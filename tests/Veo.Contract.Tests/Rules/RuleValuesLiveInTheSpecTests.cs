using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Veo.Contract.Rules;
using Veo.Contract.Tests.Support;
using Xunit;
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
    public void The_spec_states_the_high_resolution_rule_in_standard_json_schema_and_the_engine_uses_its_values()
    {
        var entry = Spec.Rule("VEO0003");
        var condition = Map(entry, "if");
        var then = Map(Map(Map(entry, "then"), "properties"), "duration");

        // The vendor page: 1080p and 4k need an 8 second video; an absent resolution is the default 720p.
        Assert.Equal(["resolution"], List(condition, "required"));
        Assert.Equal(["1080p", "4k"], List(Map(Map(condition, "properties"), "resolution"), "enum"));
        Assert.Equal("8", Scalar(then, "const"));

        var rule = Rule("VEO0003");
        Assert.Null(rule.Field);
        Assert.Same(ContractFields.Resolution, rule.Trigger);
        Assert.Equal(["1080p", "4k"], rule.Schema.If!.Properties.Single().Schema.Enum!.Select(v => v.Text));
        var duration = rule.Schema.Then!.Properties.Single();
        Assert.Same(ContractFields.Duration, duration.Field);
        Assert.True(duration.Schema.IsConst);
        Assert.True(duration.Schema.Enum!.Single().SameAs(FactValue.Number(8)));
    }

    [Fact]
    public void The_contract_holds_one_rule_per_annotated_constraint_in_spec_order()
        => Assert.Equal(Spec.Rules.Select(rule => Scalar(rule.Rule, "id")), ContractSchema.Rules.Select(rule => rule.Id));

    public static TheoryData<int> RuleIndexes()
    {
        var indexes = new TheoryData<int>();
        for (var i = 0; i < SpecDocument.Instance.Rules.Count; i++)
        {
            indexes.Add(i);
        }

        return indexes;
    }

    [Theory]
    [MemberData(nameof(RuleIndexes))]
    public void Each_rule_carries_what_its_annotation_states(int index)
    {
        var (_, annotation, field) = Spec.Rules[index];
        var rule = ContractSchema.Rules[index];

        Assert.Equal(Scalar(annotation, "id"), rule.Id);
        Assert.Equal(Scalar(annotation, "severity"), rule.Severity.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Scalar(annotation, "message"), rule.MessageTemplate);
        Assert.Equal(Scalar(annotation, "source"), rule.Source);
        Assert.Equal(field, rule.Field?.WireName);
        if (Scalar(annotation, "title") is { } title)
        {
            Assert.Equal(title, rule.Title);
        }
    }

    [Fact]
    public void Errors_are_enforced_by_every_validator_and_advice_by_none()
    {
        foreach (var rule in ContractSchema.Rules)
        {
            Assert.Equal(rule.Severity != RuleSeverity.Error, rule.IsAdvice);
            Assert.False(rule.SourceKind == RuleSourceKind.Assumption && rule.Severity == RuleSeverity.Error, rule.Id);
        }
    }

    public static TheoryData<string> FieldPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var field in ContractSchema.ValueFields)
        {
            paths.Add(field.WireName);
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Each_field_has_the_shape_the_spec_states(string wirePath)
    {
        var schema = Spec.Field(wirePath);
        var field = ContractSchema.ValueFields.Single(f => f.WireName == wirePath);

        Assert.Equal(Scalar(schema, "type"), field.Type.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Scalar(schema, "default"), field.DefaultValue);
        Assert.Equal(Scalar(schema, "format"), field.Format);
        Assert.Equal(Scalar(schema, "type") == "string" ? List(schema, "enum") : [], field.EnumValues);
        Assert.Equal(List(schema, "x-enumNames"), field.EnumMemberNames);
        Assert.Equal(Scalar(schema, "x-constants-class"), field.ConstantsClass);
    }

    [Fact]
    public void A_fields_named_constants_are_its_advice_enum_said_once()
    {
        var advice = Spec.Rules.Single(rule => Scalar(rule.Rule, "id") == "VEO0001").Schema;

        Assert.Equal(List(Map(Map(advice, "properties"), "model"), "enum"), VeoModels.All);
    }

    private static SchemaRule Rule(string id) => Assert.Single(ContractSchema.Rules, rule => rule.Id == id);
}
