using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// The standard schema keywords on fields the spec does not have (yet): every keyword falls to the spec's general
/// schema rule for it, so the messages show how bounds, lengths and patterns are described.
/// </summary>
public class SchemaChecksTests
{
    private static RuleFinding? Check(RuleField field, string? text)
    {
        var facts = RequestFacts.Complete();
        facts.Set(field.WireName, FactValue.Known(text));
        return SchemaChecks.Check(field, facts);
    }

    private static string Message(RuleField field, string? text) => Check(field, text)!.FormatMessage(RuleNaming.Wire);

    private static RuleField Integer(decimal? minimum = null, decimal? maximum = null, decimal? multipleOf = null)
        => new("count", "Count", SchemaType.Integer, minimum: minimum, maximum: maximum, multipleOf: multipleOf);

    [Theory]
    [InlineData(1, 3, null, "0", "count 0 is out of range; use 1, 2 or 3.")]
    [InlineData(1, 3, null, "4", "count 4 is out of range; use 1, 2 or 3.")]
    [InlineData(0, 7, null, "8", "count 8 is out of range; use 0, 1, 2, 3, 4, 5, 6 or 7.")]
    [InlineData(0, 8, null, "9", "count 9 is out of range; use a whole number from 0 to 8.")]
    [InlineData(3, 9, 2, "5", "count 5 is out of range; use 4, 6 or 8.")]
    [InlineData(3, 9, 2, "2", "count 2 is out of range; use 4, 6 or 8.")]
    [InlineData(0, 1000, 5, "7", "count 7 is out of range; use a multiple of 5 from 0 to 1000.")]
    [InlineData(0, null, null, "-1", "count -1 is out of range; use a whole number of at least 0.")]
    [InlineData(null, 10, null, "11", "count 11 is out of range; use a whole number of at most 10.")]
    [InlineData(null, null, 3, "4", "count 4 is out of range; use a multiple of 3.")]
    [InlineData(10, 12, null, "9", "count 9 is out of range; use 10, 11 or 12.")]
    [InlineData(10, 30, 10, "25", "count 25 is out of range; use 10, 20 or 30.")]
    public void Bounds_are_described_by_their_values_or_their_range(
        int? minimum, int? maximum, int? multipleOf, string value, string message)
        => Assert.Equal(message, Message(Integer(minimum, maximum, multipleOf), value));

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("2.0")]
    [InlineData("many")]
    public void Values_in_range_or_not_numbers_pass_the_bounds(string value)
        => Assert.Null(Check(Integer(1, 3), value));

    [Fact]
    public void Text_that_is_no_number_is_not_range_checked()
    {
        Assert.Null(Check(Integer(multipleOf: 2), "many"));
        Assert.Null(Check(Integer(minimum: 1), "none"));
        Assert.NotNull(Check(Integer(multipleOf: 2), "3"));
    }

    [Fact]
    public void Bounds_are_checked_before_lengths()
    {
        var field = new RuleField("code", "Code", SchemaType.Integer, maximum: 10, maxLength: 3, pattern: "^[0-5]+$");

        Assert.Equal("VEO0014", Check(field, "12345")!.Rule.Id);
        Assert.Equal("VEO0015", Check(new RuleField("code", "Code", SchemaType.Integer, maxLength: 3, pattern: "^[0-5]+$"), "9999")!.Rule.Id);
        Assert.Equal("VEO0016", Check(new RuleField("code", "Code", SchemaType.Integer, maxLength: 3, pattern: "^[0-5]+$"), "9")!.Rule.Id);
    }

    [Fact]
    public void A_number_field_states_its_bounds_as_numbers()
    {
        var field = new RuleField("ratio", "Ratio", SchemaType.Number, minimum: 0.5m, maximum: 2m);

        Assert.Equal("ratio 2.5 is out of range; use a number from 0.5 to 2.", Message(field, "2.5"));
        Assert.Equal("ratio 0.25 is out of range; use a number from 0.5 to 2.", Message(field, "0.25"));
        Assert.Null(Check(field, "0.5"));
        Assert.Null(Check(field, "2"));
        Assert.Null(Check(field, "1e0"));
    }

    [Fact]
    public void The_first_broken_bound_is_reported()
    {
        var field = Integer(4, 8, 2);

        Assert.Equal(VeoRuleTable.Rules[13].Id, Check(field, "3")!.Rule.Id);
        Assert.Equal("minimum", KeywordOf(field, "3"));
        Assert.Equal("maximum", KeywordOf(field, "9"));
        Assert.Equal("multipleOf", KeywordOf(field, "5"));
    }

    // Which keyword broke shows in which of its three checks fails alone.
    private static string KeywordOf(RuleField field, string value)
    {
        var minimumOnly = new RuleField("count", "Count", SchemaType.Integer, minimum: field.Minimum);
        var maximumOnly = new RuleField("count", "Count", SchemaType.Integer, maximum: field.Maximum);
        return Check(minimumOnly, value) is not null ? "minimum" : Check(maximumOnly, value) is not null ? "maximum" : "multipleOf";
    }

    [Theory]
    [InlineData("", "label has 0 characters; it must have at least 2.")]
    [InlineData("a", "label has 1 characters; it must have at least 2.")]
    [InlineData("abcd", "label has 4 characters; it must have at most 3.")]
    [InlineData("\U0001F600\U0001F600\U0001F600\U0001F600", "label has 4 characters; it must have at most 3.")]
    public void Lengths_count_characters(string value, string message)
    {
        var field = new RuleField("label", "Label", SchemaType.String, minLength: 2, maxLength: 3);

        Assert.Equal(message, Message(field, value));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("\U0001F600\U0001F600\U0001F600")]
    public void Surrogate_pairs_count_once(string value)
        => Assert.Null(Check(new RuleField("label", "Label", SchemaType.String, minLength: 2, maxLength: 3), value));

    [Fact]
    public void A_lone_surrogate_is_one_character()
    {
        // Not theory data: a lone surrogate does not survive the test runner's serialization of arguments.
        Assert.Equal(
            "label has 2 characters; it must have at most 1.",
            Message(new RuleField("label", "Label", SchemaType.String, maxLength: 1), "\uD800\uD800"));
        Assert.Null(Check(new RuleField("label", "Label", SchemaType.String, maxLength: 2), "a\uD800"));
        Assert.Null(Check(new RuleField("label", "Label", SchemaType.String, maxLength: 1), "\uD83D\uDE00"));
        Assert.NotNull(Check(new RuleField("label", "Label", SchemaType.String, maxLength: 1), "\uDE00\uD83D"));
    }

    [Fact]
    public void Only_a_minimum_length_or_only_a_maximum()
    {
        Assert.Equal("label has 1 characters; it must have at least 2.", Message(new RuleField("label", "Label", SchemaType.String, minLength: 2), "a"));
        Assert.Equal("label has 4 characters; it must have at most 3.", Message(new RuleField("label", "Label", SchemaType.String, maxLength: 3), "abcd"));
        Assert.Null(Check(new RuleField("label", "Label", SchemaType.String, minLength: 1), new string('a', 5000)));
        Assert.Null(Check(new RuleField("label", "Label", SchemaType.String, maxLength: 3), string.Empty));
    }

    [Fact]
    public void A_pattern_is_reported_with_the_pattern()
    {
        var field = new RuleField("code", "Code", SchemaType.String, pattern: "^[a-z]+$");

        Assert.Equal("code 'A1' does not match the pattern ^[a-z]+$.", Message(field, "A1"));
        Assert.Null(Check(field, "ab"));
    }

    [Fact]
    public void A_pattern_that_cannot_be_evaluated_reports_nothing()
        => Assert.Null(Check(new RuleField("code", "Code", SchemaType.String, pattern: "(unclosed"), "x"));

    [Fact]
    public void An_enum_lists_its_values()
    {
        var field = VeoRequestSchema.Resolution;

        var finding = Check(field, "mid")!;
        Assert.Equal("VEO0007", finding.Rule.Id);
        Assert.Equal(RuleMessage.JoinAlternatives(field.EnumValues), finding.Arguments["allowed"]);
        Assert.Null(Check(field, field.EnumValues[1]));
    }

    [Fact]
    public void A_keyword_no_rule_reports_finds_nothing()
    {
        // The spec has no general enum rule (each enum field has its own), so a field the spec does not have reports nothing.
        Assert.Null(Check(new RuleField("shade", "Shade", SchemaType.String, enumValues: ["lt", "dk"]), "mid"));
    }

    [Fact]
    public void A_required_field_is_reported_missing_when_absent_or_null()
    {
        var field = new RuleField("name", "Name", SchemaType.String, required: true);

        Assert.Equal("name is required but not set.", Message(field, null));
        Assert.NotNull(SchemaChecks.Check(field, RequestFacts.Complete()));
        Assert.Null(SchemaChecks.Check(field, RequestFacts.Partial()));
        Assert.Null(Check(new RuleField("name", "Name", SchemaType.String), null));
    }

    [Fact]
    public void A_field_with_its_own_schema_rule_gets_that_rule_and_the_general_one_for_other_keywords()
    {
        Assert.Equal("VEO0002", Check(VeoRequestSchema.Duration, "5")!.Rule.Id);
        Assert.Equal("VEO0009", Check(VeoRequestSchema.Prompt, null)!.Rule.Id);
        Assert.Equal("VEO0015", Check(VeoRequestSchema.Prompt, new string('p', 10_001))!.Rule.Id);
        Assert.Equal("VEO0013", Check(VeoRequestSchema.Model, null)!.Rule.Id);
    }
}
