using System.Collections.Generic;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>Message templates: field names by naming, arguments by name, unknown placeholders and stray braces left as written.</summary>
public class RuleMessageTests
{
    private static readonly ContractField Field = new("extra.personGeneration", "Extra.PersonGeneration", SchemaType.String);
    private static readonly ContractField Trigger = new("model", "Model", SchemaType.String);

    private static string Format(string template, RuleNaming naming = RuleNaming.Property, ContractField? field = null)
    {
        var rule = new SchemaRule("X001", RuleSeverity.Error, "t", template, RuleSourceKind.Vendor, "vendor", false, null, new SchemaNode());
        var finding = new RuleFinding(rule, field ?? Field, FactValue.String("v"), Trigger, new Dictionary<string, string> { ["value"] = "v", ["allowed"] = "a or b" }, RuleRemedy.None);
        return RuleMessage.Format(finding, naming);
    }

    [Fact]
    public void Field_names_follow_the_naming()
    {
        Assert.Equal("Extra.PersonGeneration with Model", Format("{Field} with {IfField}"));
        Assert.Equal("extra.personGeneration with model", Format("{Field} with {IfField}", RuleNaming.Wire));
    }

    [Fact]
    public void Arguments_fill_their_placeholders_and_unknown_ones_stay_as_written()
        => Assert.Equal("'v': use a or b {nothing}", Format("'{value}': use {allowed} {nothing}"));

    [Fact]
    public void An_unclosed_brace_ends_the_placeholders()
        => Assert.Equal("'v' {value", Format("'{value}' {value"));

    [Fact]
    public void A_finding_on_no_field_names_the_request()
    {
        var rule = new SchemaRule("X001", RuleSeverity.Error, "t", "{Field} is wrong", RuleSourceKind.Vendor, "vendor", false, null, new SchemaNode());
        var finding = new RuleFinding(rule, null, FactValue.Absent, null, new Dictionary<string, string>(), RuleRemedy.None);

        Assert.Equal("The request is wrong", RuleMessage.Format(finding, RuleNaming.Property));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a or b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b or c")]
    public void Alternatives_are_joined_with_commas_and_or(string[] values, string expected)
        => Assert.Equal(expected, RuleMessage.JoinAlternatives(values));
}
