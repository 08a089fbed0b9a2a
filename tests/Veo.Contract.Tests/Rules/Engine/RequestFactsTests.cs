using System.Globalization;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>What the rule engine knows of a request: set, overwritten, cleared, unseen, and the effective value.</summary>
public class RequestFactsTests
{
    // Built per use, not once: Stryker switches mutants inside one test process, and a static built under another
    // mutant would hide a constructor mutant.
    private static RuleField WithDefault => new("tone", "Tone", SchemaType.String, defaultValue: "warm");

    private static RuleField WithoutDefault => new("label", "Label", SchemaType.String);

    [Fact]
    public void An_unseen_field_is_absent_at_run_time_and_unknown_in_source()
    {
        Assert.Equal(FactState.Absent, RequestFacts.Complete().Get("tone").State);
        Assert.Equal(FactState.Unknown, RequestFacts.Partial().Get("tone").State);
        Assert.Null(RequestFacts.Partial().Get("tone").Text);
    }

    [Fact]
    public void Setting_a_field_again_replaces_its_value()
    {
        var facts = RequestFacts.Complete();
        facts.Set("a", FactValue.Known("1"));
        facts.Set("b", FactValue.Known("2"));
        facts.Set("a", FactValue.Known("3"));

        Assert.Equal("3", facts.Get("a").Text);
        Assert.Equal("2", facts.Get("b").Text);
    }

    [Fact]
    public void Names_are_matched_exactly()
    {
        var facts = RequestFacts.Partial();
        facts.Set("tone", FactValue.Known("warm"));

        Assert.Equal(FactState.Unknown, facts.Get("Tone").State);
        Assert.Equal(FactState.Known, facts.Get("tone").State);
    }

    [Fact]
    public void More_fields_than_the_first_array_holds_are_all_kept()
    {
        var facts = RequestFacts.Partial();
        for (var i = 0; i < 40; i++)
        {
            facts.Set("f" + i.ToString(CultureInfo.InvariantCulture), FactValue.Known(i.ToString(CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), facts.Get("f" + i.ToString(CultureInfo.InvariantCulture)).Text);
        }

        Assert.Equal(FactState.Unknown, facts.Get("f40").State);
    }

    [Fact]
    public void Clear_forgets_every_field_and_the_instance_serves_again()
    {
        var facts = RequestFacts.Complete();
        for (var i = 0; i < 20; i++)
        {
            facts.Set("f" + i.ToString(CultureInfo.InvariantCulture), FactValue.Known("x"));
        }

        facts.Clear();

        Assert.Equal(FactState.Absent, facts.Get("f0").State);
        Assert.Equal(FactState.Absent, facts.Get("f19").State);
        facts.Set("f19", FactValue.Known("again"));
        Assert.Equal("again", facts.Get("f19").Text);
        Assert.Equal(FactState.Absent, facts.Get("f0").State);
    }

    [Fact]
    public void Text_number_and_enum_setters_store_the_wire_form()
    {
        var facts = RequestFacts.Partial();
        facts.SetText(WithoutDefault, "hello");
        facts.SetNumber(VeoRequestSchema.Seed, -4294967296L);
        facts.SetEnumMember(VeoRequestSchema.Resolution, nameof(Resolution.Uhd4k));
        facts.SetEnumMember(VeoRequestSchema.AspectRatio, "9");

        Assert.Equal("hello", facts.Get("label").Text);
        Assert.Equal("-4294967296", facts.Get("seed").Text);
        Assert.Equal(VeoRequestSchema.Resolution.EnumValues[2], facts.Get("resolution").Text);
        Assert.Equal("9", facts.Get("aspect_ratio").Text);
    }

    [Fact]
    public void Null_setters_mean_not_sent()
    {
        var facts = RequestFacts.Partial();
        facts.SetText(WithoutDefault, null);
        facts.SetNumber(VeoRequestSchema.Seed, null);
        facts.SetEnumMember(VeoRequestSchema.Resolution, null);

        Assert.Equal(FactState.Absent, facts.Get("label").State);
        Assert.Equal(FactState.Absent, facts.Get("seed").State);
        Assert.Equal(FactState.Absent, facts.Get("resolution").State);
    }

    [Fact]
    public void The_effective_value_is_the_set_value_else_the_default()
    {
        var facts = RequestFacts.Complete();
        Assert.Equal("warm", facts.Effective(WithDefault));
        Assert.Null(facts.Effective(WithoutDefault));

        facts.Set("tone", FactValue.Known("cold"));
        facts.Set("label", FactValue.Known(null));
        Assert.Equal("cold", facts.Effective(WithDefault));
        Assert.Null(facts.Effective(WithoutDefault));

        facts.Set("tone", FactValue.Known(null));
        Assert.Equal("warm", facts.Effective(WithDefault));
    }

    [Fact]
    public void An_unknown_value_has_no_effective_value_even_with_a_default()
    {
        var facts = RequestFacts.Partial();
        Assert.Null(facts.Effective(WithDefault));

        facts.Set("tone", FactValue.Unknown);
        Assert.Null(facts.Effective(WithDefault));
        Assert.Equal("warm", RequestFacts.Complete().Effective(WithDefault));
    }
}
