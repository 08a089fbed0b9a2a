using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// JSON Schema keywords over facts, three-valued: false only when known values break them, unknown when a value they
/// need is unknown, and absent fields as the standard treats them (properties skips them, required fails).
/// </summary>
public class SchemaEvaluatorTests
{
    private static readonly ContractField Text = new("text", "Text", SchemaType.String);
    private static readonly ContractField Count = new("count", "Count", SchemaType.Integer);

    private static Truth Eval(SchemaNode node, RequestFacts facts, ContractField? at = null)
        => SchemaEvaluator.Evaluate(node, at, new FactView(facts)).Truth;

    private static RequestFacts With(FactValue text, FactValue count, bool complete = true)
    {
        var facts = complete ? RequestFacts.Complete() : RequestFacts.Partial();
        facts.Set(Text, text);
        facts.Set(Count, count);
        return facts;
    }

    private static SchemaNode Properties(ContractField field, SchemaNode schema) => new(properties: new[] { new SchemaProperty(field, schema) });

    [Fact]
    public void Required_fails_on_absent_passes_on_known_and_stays_open_on_unknown()
    {
        var required = new SchemaNode(required: new[] { Text });

        Assert.Equal(Truth.False, Eval(required, With(FactValue.Absent, FactValue.Absent)));
        Assert.Equal(Truth.True, Eval(required, With(FactValue.String(""), FactValue.Absent)));
        Assert.Equal(Truth.Unknown, Eval(required, With(FactValue.Unknown, FactValue.Absent)));
        Assert.Equal(Truth.Unknown, Eval(required, RequestFacts.Partial()));
    }

    [Fact]
    public void Properties_skip_an_absent_field_and_stay_open_on_an_unknown_one()
    {
        var eight = Properties(Count, new SchemaNode(@enum: new[] { FactValue.Number(8) }, isConst: true));

        Assert.Equal(Truth.True, Eval(eight, With(FactValue.Absent, FactValue.Absent)));
        Assert.Equal(Truth.True, Eval(eight, With(FactValue.Absent, FactValue.Number(8))));
        Assert.Equal(Truth.True, Eval(eight, With(FactValue.Absent, FactValue.Number("8.0"))));
        Assert.Equal(Truth.False, Eval(eight, With(FactValue.Absent, FactValue.Number(6))));
        Assert.Equal(Truth.False, Eval(eight, With(FactValue.Absent, FactValue.String("8"))));
        Assert.Equal(Truth.Unknown, Eval(eight, With(FactValue.Absent, FactValue.Unknown)));
    }

    [Fact]
    public void If_then_applies_the_then_only_when_the_condition_holds_and_decides_an_open_condition_when_both_branches_agree()
    {
        var rule = new SchemaNode(
            @if: new SchemaNode(required: new[] { Text }, properties: new[] { new SchemaProperty(Text, new SchemaNode(@enum: new[] { FactValue.String("hi") })) }),
            then: Properties(Count, new SchemaNode(maximum: 3)));

        Assert.Equal(Truth.False, Eval(rule, With(FactValue.String("hi"), FactValue.Number(4))));
        Assert.Equal(Truth.True, Eval(rule, With(FactValue.String("lo"), FactValue.Number(4))));
        Assert.Equal(Truth.True, Eval(rule, With(FactValue.Absent, FactValue.Number(4))));
        Assert.Equal(Truth.Unknown, Eval(rule, With(FactValue.Unknown, FactValue.Number(4))));
        Assert.Equal(Truth.True, Eval(rule, With(FactValue.Unknown, FactValue.Number(2))));
        Assert.Equal(Truth.Unknown, Eval(rule, With(FactValue.String("hi"), FactValue.Unknown)));
    }

    [Fact]
    public void Else_applies_when_the_condition_fails()
    {
        var rule = new SchemaNode(
            @if: new SchemaNode(required: new[] { Text }),
            then: Properties(Count, new SchemaNode(minimum: 1)),
            @else: Properties(Count, new SchemaNode(maximum: 0)));

        Assert.Equal(Truth.True, Eval(rule, With(FactValue.String("x"), FactValue.Number(2))));
        Assert.Equal(Truth.False, Eval(rule, With(FactValue.Absent, FactValue.Number(2))));
        Assert.Equal(Truth.True, Eval(rule, With(FactValue.Absent, FactValue.Number(0))));
    }

    [Fact]
    public void Not_inverts_and_blames_the_field_that_matched()
    {
        var noCount = new SchemaNode(not: new SchemaNode(required: new[] { Count }));

        var outcome = SchemaEvaluator.Evaluate(noCount, null, new FactView(With(FactValue.Absent, FactValue.Number(1))));

        Assert.Equal(Truth.False, outcome.Truth);
        Assert.Same(Count, outcome.Field);
        Assert.Equal(SchemaKeyword.Not, outcome.Keyword);
        Assert.Equal(Truth.True, Eval(noCount, With(FactValue.Absent, FactValue.Absent)));
        Assert.Equal(Truth.Unknown, Eval(noCount, RequestFacts.Partial()));
    }

    [Fact]
    public void Any_of_needs_one_branch_and_one_of_exactly_one()
    {
        var low = Properties(Count, new SchemaNode(maximum: 5));
        var even = Properties(Count, new SchemaNode(multipleOf: 2));
        var any = new SchemaNode(anyOf: new[] { low, even });
        var one = new SchemaNode(oneOf: new[] { low, even });

        Assert.Equal(Truth.True, Eval(any, With(FactValue.Absent, FactValue.Number(3))));
        Assert.Equal(Truth.False, Eval(any, With(FactValue.Absent, FactValue.Number(9))));
        Assert.Equal(Truth.Unknown, Eval(any, With(FactValue.Absent, FactValue.Unknown)));
        Assert.Equal(Truth.False, Eval(one, With(FactValue.Absent, FactValue.Number(4))));
        Assert.Equal(Truth.True, Eval(one, With(FactValue.Absent, FactValue.Number(10))));
        Assert.Equal(Truth.False, Eval(one, With(FactValue.Absent, FactValue.Number(9))));
    }

    [Theory]
    [InlineData(3, "Minimum")]
    [InlineData(11, "Maximum")]
    [InlineData(5, "MultipleOf")]
    [InlineData(4, "ExclusiveMinimum")]
    [InlineData(10, "ExclusiveMaximum")]
    public void Bounds_report_the_keyword_that_broke(long value, string keyword)
    {
        var node = new SchemaNode(minimum: 4, maximum: 10, multipleOf: 2, exclusiveMinimum: 4, exclusiveMaximum: 10);

        var outcome = SchemaEvaluator.Evaluate(node, Count, new FactView(With(FactValue.Absent, FactValue.Number(value))));

        Assert.Equal(Truth.False, outcome.Truth);
        Assert.Equal(keyword, outcome.Keyword.ToString());
    }

    [Fact]
    public void Text_keywords_count_code_points_and_ignore_other_types()
    {
        var node = new SchemaNode(minLength: 2, maxLength: 3, pattern: "^[a-z\\uD83D\\uDE00]+$");

        Assert.Equal(Truth.True, Eval(node, With(FactValue.String("ab"), FactValue.Absent), Text));
        Assert.Equal(Truth.False, Eval(node, With(FactValue.String("a"), FactValue.Absent), Text));
        Assert.Equal(Truth.False, Eval(node, With(FactValue.String("abcd"), FactValue.Absent), Text));
        Assert.Equal(Truth.False, Eval(node, With(FactValue.String("a1"), FactValue.Absent), Text));
        Assert.Equal(Truth.True, Eval(node, With(FactValue.String("a\U0001F600"), FactValue.Absent), Text));
        Assert.Equal(Truth.True, Eval(node, With(FactValue.Number(1), FactValue.Absent), Text));
    }

    [Fact]
    public void Type_tells_whole_numbers_from_others()
    {
        var integer = new SchemaNode(type: SchemaType.Integer);

        Assert.Equal(Truth.True, Eval(integer, With(FactValue.Absent, FactValue.Number("8.0")), Count));
        Assert.Equal(Truth.False, Eval(integer, With(FactValue.Absent, FactValue.Number("8.5")), Count));
        Assert.Equal(Truth.False, Eval(integer, With(FactValue.Absent, FactValue.String("8")), Count));
    }

    [Fact]
    public void Character_classes_follow_ecmascript_not_dotnet()
    {
        // In .NET's own dialect \w also matches letters such as é; in ECMAScript only [A-Za-z0-9_].
        var node = new SchemaNode(pattern: "^\\w+$");

        Assert.Equal(Truth.True, Eval(node, With(FactValue.String("cafe"), FactValue.Absent), Text));
        Assert.Equal(Truth.False, Eval(node, With(FactValue.String("café"), FactValue.Absent), Text));
    }

    [Fact]
    public void A_match_that_cannot_finish_in_time_gives_no_verdict()
    {
        var node = new SchemaNode(pattern: "^(a+)+$");

        Assert.Equal(Truth.Unknown, Eval(node, With(FactValue.String(new string('a', 40) + "!"), FactValue.Absent), Text));
    }

    [Fact]
    public void Each_length_keyword_applies_on_its_own()
    {
        var atLeastTwo = new SchemaNode(minLength: 2);
        var atMostOne = new SchemaNode(maxLength: 1);

        Assert.Equal(Truth.True, Eval(atLeastTwo, With(FactValue.String("ab"), FactValue.Absent), Text));
        Assert.Equal(Truth.False, Eval(atMostOne, With(FactValue.String("ab"), FactValue.Absent), Text));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_character_wherever_it_stands()
    {
        Assert.Equal(2, SchemaEvaluator.CodePoints("a\uD83D"));
        Assert.Equal(2, SchemaEvaluator.CodePoints("\uD83Da"));
        Assert.Equal(2, SchemaEvaluator.CodePoints("\uDE00\uD83D"));
        Assert.Equal(1, SchemaEvaluator.CodePoints("\U0001F600"));
    }

    [Fact]
    public void Properties_skip_an_absent_field_even_when_its_own_schema_requires_something()
    {
        var rule = Properties(Count, new SchemaNode(required: new[] { Text }));

        Assert.Equal(Truth.True, Eval(rule, With(FactValue.Absent, FactValue.Absent)));
        Assert.Equal(Truth.False, Eval(rule, With(FactValue.Absent, FactValue.Number(1))));
    }

    [Fact]
    public void Value_keywords_pass_an_absent_value_and_stay_open_on_an_unknown_one()
    {
        var node = new SchemaNode(type: SchemaType.Integer, @enum: new[] { FactValue.Number(8) });

        Assert.Equal(Truth.True, Eval(node, With(FactValue.Absent, FactValue.Absent), Count));
        Assert.Equal(Truth.Unknown, Eval(node, With(FactValue.Absent, FactValue.Unknown), Count));
    }

    [Fact]
    public void Any_of_stays_open_while_a_branch_is_open_and_else_blames_the_first_broken_branch()
    {
        var hi = Properties(Text, new SchemaNode(@enum: new[] { FactValue.String("hi") }));
        var low = Properties(Count, new SchemaNode(maximum: 5));

        Assert.Equal(Truth.Unknown, Eval(new SchemaNode(anyOf: new[] { low, hi }), With(FactValue.String("lo"), FactValue.Unknown)));
        Assert.Equal(Truth.Unknown, Eval(new SchemaNode(anyOf: new[] { hi, low }), With(FactValue.String("lo"), FactValue.Unknown)));
        var broken = SchemaEvaluator.Evaluate(new SchemaNode(anyOf: new[] { hi, low }), null, new FactView(With(FactValue.String("lo"), FactValue.Number(9))));
        Assert.Equal(Truth.False, broken.Truth);
        Assert.Same(Text, broken.Field);
        Assert.Equal(SchemaKeyword.Enum, broken.Keyword);
    }

    [Fact]
    public void One_of_with_no_branch_holding_blames_the_first_broken_branch_and_stays_open_on_an_open_one()
    {
        var hi = Properties(Text, new SchemaNode(@enum: new[] { FactValue.String("hi") }));
        var low = Properties(Count, new SchemaNode(maximum: 5));

        var broken = SchemaEvaluator.Evaluate(new SchemaNode(oneOf: new[] { hi, low }), null, new FactView(With(FactValue.String("lo"), FactValue.Number(9))));
        Assert.Equal(Truth.False, broken.Truth);
        Assert.Same(Text, broken.Field);
        Assert.Equal(SchemaKeyword.Enum, broken.Keyword);
        Assert.Equal(Truth.Unknown, Eval(new SchemaNode(oneOf: new[] { hi, low }), With(FactValue.String("lo"), FactValue.Unknown)));
        Assert.Equal(Truth.False, Eval(new SchemaNode(oneOf: new[] { low, low, hi }), With(FactValue.Unknown, FactValue.Number(1))));
    }

    [Fact]
    public void An_open_condition_decides_when_both_branches_break_and_stays_open_when_they_disagree()
    {
        var rule = new SchemaNode(
            @if: new SchemaNode(required: new[] { Text }),
            then: Properties(Count, new SchemaNode(maximum: 0)),
            @else: Properties(Count, new SchemaNode(maximum: 1)));

        Assert.Equal(Truth.False, Eval(rule, With(FactValue.Unknown, FactValue.Number(5))));
        Assert.Equal(Truth.Unknown, Eval(rule, With(FactValue.Unknown, FactValue.Number(1))));
        Assert.Equal(Truth.True, Eval(rule, With(FactValue.Unknown, FactValue.Number(0))));
    }
}
