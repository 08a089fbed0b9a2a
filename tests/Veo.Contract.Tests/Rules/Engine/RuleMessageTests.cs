using System;
using System.Collections.Generic;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>The {placeholder} scanner that fills rule messages, on templates the spec does not (yet) contain.</summary>
public class RuleMessageTests
{
    // Built per use, not once: a static built under another mutant would hide a constructor mutant.
    private static RuleField Width => new("size.width", "Size.Width", SchemaType.Integer);

    private static RuleField Height => new("size.height", "Size.Height", SchemaType.Integer);

    private static string Format(string template, RuleNaming naming = RuleNaming.Property, RuleField? whenField = null)
    {
        var rule = new RuleDefinition(
            "VEO9999", RuleSeverity.Error, "test", RuleKind.Requires, Width, [], whenField, [], null, [], SchemaKeywords.None, template);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = "7", ["allowed"] = "8" };
        return new RuleFinding(rule, Width, "7", arguments).FormatMessage(naming);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("{value}", "7")]
    [InlineData("{value}{allowed}", "78")]
    [InlineData("is {value}, use {allowed}.", "is 7, use 8.")]
    [InlineData("{Field} {value}", "Size.Width 7")]
    public void Placeholders_are_filled_and_the_text_around_them_kept(string template, string expected)
        => Assert.Equal(expected, Format(template));

    [Fact]
    public void Field_names_follow_the_naming()
    {
        Assert.Equal("Size.Width needs Size.Height", Format("{Field} needs {WhenField}", RuleNaming.Property, Height));
        Assert.Equal("size.width needs size.height", Format("{Field} needs {WhenField}", RuleNaming.Wire, Height));
    }

    [Theory]
    [InlineData("{unknown} is {value}", "{unknown} is 7")]
    [InlineData("{} and {value}", "{} and 7")]
    [InlineData("{WhenField} without a when-field", "{WhenField} without a when-field")]
    [InlineData("{{value}}", "{{value}}")]
    [InlineData("a {nope} b {value}", "a {nope} b 7")]
    [InlineData("{}{value}", "{}7")]
    public void An_unknown_placeholder_stays_as_written(string template, string expected)
        => Assert.Equal(expected, Format(template));

    [Theory]
    [InlineData("{value} then { open", "7 then { open")]
    [InlineData("a {", "a {")]
    [InlineData("} {value} }", "} 7 }")]
    [InlineData("close } before {value", "close } before {value")]
    [InlineData("}{value}", "}7")]
    [InlineData("{value} {", "7 {")]
    public void Unbalanced_braces_are_kept(string template, string expected)
        => Assert.Equal(expected, Format(template));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "4" }, "4")]
    [InlineData(new[] { "4", "6" }, "4 or 6")]
    [InlineData(new[] { "4", "6", "8" }, "4, 6 or 8")]
    [InlineData(new[] { "a", "b", "c", "d" }, "a, b, c or d")]
    public void Alternatives_are_joined_with_commas_and_a_final_or(string[] values, string expected)
        => Assert.Equal(expected, RuleMessage.JoinAlternatives(values));
}
