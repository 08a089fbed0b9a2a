using System.Linq;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// The engine over the spec's rules: unknown values find nothing, findings come in a fixed order, one finding per
/// value, and the message arguments and remedies are worked out from the schema.
/// </summary>
public class RuleEngineTests
{
    private static RuleFinding[] Evaluate(RequestFacts facts) => ContractSchema.Engine.Evaluate(facts).ToArray();

    private static string[] Ids(RequestFacts facts) => Evaluate(facts).Select(f => f.Rule.Id).ToArray();

    [Fact]
    public void Nothing_is_reported_on_values_nobody_knows_yet()
        => Assert.Empty(ContractSchema.Engine.Evaluate(RequestFacts.Partial()));

    [Fact]
    public void Every_rule_stays_open_on_unknown_facts()
    {
        foreach (var rule in ContractSchema.Rules)
        {
            Assert.NotEqual(Truth.False, RuleEngine.Check(rule, new FactView(RequestFacts.Partial())).Truth);
        }
    }

    [Fact]
    public void A_known_value_next_to_unknown_ones_is_judged_only_where_it_decides()
    {
        var facts = RequestFacts.Partial();
        facts.Set(ContractFields.Resolution, FactValue.String("1080p"));

        Assert.Empty(Evaluate(facts));

        facts.Set(ContractFields.Duration, FactValue.Number(6));
        Assert.Equal(new[] { "VEO0003" }, Ids(facts));
    }

    [Fact]
    public void Findings_come_in_id_order_and_in_field_order_within_an_id()
    {
        var facts = RequestFacts.Complete();
        facts.SetText(ContractFields.Prompt, " ");
        facts.SetNumber(ContractFields.Duration, 5);
        facts.SetText(ContractFields.CallbackUrl, new string('u', 2049));
        facts.SetText(ContractFields.Action, new string('a', 257));

        var findings = Evaluate(facts);

        Assert.Equal(new[] { "VEO0002", "VEO0009", "VEO0013", "VEO0015", "VEO0015" }, findings.Select(f => f.Rule.Id));
        Assert.Equal(new[] { "duration", "prompt", "model", "action", "callback_url" }, findings.Select(f => f.Field!.WireName));
    }

    [Fact]
    public void A_value_its_own_field_rejects_gets_no_advice_on_top()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, new string('v', 300));

        Assert.Equal(new[] { "VEO0015" }, Ids(facts));
    }

    [Fact]
    public void A_combination_rule_still_speaks_when_it_names_the_one_value_that_satisfies_both()
    {
        var facts = EngineFacts.Valid();
        facts.SetEnumMember(ContractFields.Resolution, "FullHd1080p");
        facts.SetNumber(ContractFields.Duration, 5);

        Assert.Equal(new[] { "VEO0002", "VEO0003" }, Ids(facts));
    }

    [Fact]
    public void A_combination_rule_is_silent_when_no_other_model_could_help_a_value_no_model_takes()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetEnumMember(ContractFields.Resolution, "9");

        Assert.Equal(new[] { "VEO0007" }, Ids(facts));
    }

    [Fact]
    public void An_unlisted_model_gets_the_unknown_model_warning_never_a_capability_error()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-9");
        facts.SetEnumMember(ContractFields.Resolution, "Uhd4k");
        facts.SetNumber(ContractFields.Seed, 3);

        Assert.Equal(new[] { "VEO0001" }, Ids(facts));
    }

    [Fact]
    public void Allowed_values_come_from_the_schema_in_spec_order()
    {
        var facts = EngineFacts.Valid();
        facts.SetNumber(ContractFields.Duration, 5);

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal("4, 6 or 8", finding.Arguments["allowed"]);
    }

    [Fact]
    public void A_range_too_long_to_list_is_described()
    {
        var facts = EngineFacts.Valid();
        facts.SetNumber(ContractFields.Seed, -1);

        Assert.Equal("a whole number from 0 to 4294967295", Assert.Single(Evaluate(facts)).Arguments["allowed"]);
    }

    [Fact]
    public void A_conditional_rule_names_its_condition_and_the_values_of_it_that_would_satisfy_it()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetEnumMember(ContractFields.Resolution, "Uhd4k");

        var finding = Assert.Single(Evaluate(facts));

        Assert.Same(ContractFields.Resolution, finding.Field);
        Assert.Same(ContractFields.Model, finding.Trigger);
        Assert.Equal("veo-3.0", finding.Arguments["ifValue"]);
        Assert.Equal("veo-3.1 or veo-3.1-fast", finding.Arguments["ifAllowed"]);
        Assert.Equal("Resolution '4k' is not supported by model 'veo-3.0'; use model veo-3.1 or veo-3.1-fast.", finding.FormatMessage(RuleNaming.Property));
        Assert.Equal("resolution '4k' is not supported by model 'veo-3.0'; use model veo-3.1 or veo-3.1-fast.", finding.FormatMessage(RuleNaming.Wire));
    }

    [Fact]
    public void The_remedy_of_a_rule_that_pins_one_value_is_that_value()
    {
        var facts = EngineFacts.Valid();
        facts.SetEnumMember(ContractFields.Resolution, "Uhd4k");
        facts.SetNumber(ContractFields.Duration, 4);

        var remedy = Assert.Single(Evaluate(facts)).Remedy;

        Assert.Equal("8", remedy.Replacement!.Value.Text);
        Assert.Null(remedy.TriggerReplacement);
        Assert.False(remedy.Removable); // duration has a default: leaving it out means 8, which the replacement says
    }

    [Fact]
    public void The_remedies_of_a_rule_on_an_optional_field_are_to_drop_it_or_to_change_the_condition()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetNumber(ContractFields.Seed, 42);

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal("VEO0005", finding.Rule.Id);
        Assert.True(finding.Remedy.Removable);
        Assert.Null(finding.Remedy.Replacement);
        Assert.Equal("veo-3.1", finding.Remedy.TriggerReplacement!.Value.Text);
    }

    [Fact]
    public void The_remedy_of_a_forbidden_pattern_is_the_value_without_what_matched()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.NegativePrompt, "  Don't show buildings");

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal("VEO0010", finding.Rule.Id);
        Assert.Equal("Don't", finding.Arguments["match"]);
        Assert.Equal("show buildings", finding.Remedy.Replacement!.Value.Text);
    }

    [Fact]
    public void A_value_that_is_only_the_forbidden_words_has_no_remedy()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.NegativePrompt, "no");

        var finding = Assert.Single(Evaluate(facts));

        Assert.Null(finding.Remedy.Replacement);
    }

    [Fact]
    public void A_length_finding_names_the_length_and_the_limit()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Prompt, new string('p', 10_001));

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal("10001", finding.Arguments["length"]);
        Assert.Equal("at most 10000", finding.Arguments["limit"]);
    }

    [Theory]
    [InlineData(80, 80, "")]
    [InlineData(81, 80, "…")]
    public void A_quoted_value_is_cut_only_past_80_characters(int length, int kept, string ellipsis)
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, new string('m', length));

        var finding = Assert.Single(Evaluate(facts), f => f.Field == ContractFields.Model);

        Assert.Equal(new string('m', kept) + ellipsis, finding.Arguments["value"]);
    }

    [Fact]
    public void An_object_is_as_present_as_its_members()
    {
        var facts = EngineFacts.Valid();
        facts.SetObject(ContractFields.Extra, sent: true);
        facts.SetText(ContractFields.ExtraPersonGeneration, "kids");

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal("VEO0008", finding.Rule.Id);
        Assert.Equal("Extra.PersonGeneration 'kids' is not a known setting; use one of allow_all, allow_adult or dont_allow.", finding.FormatMessage(RuleNaming.Property));
        Assert.Equal(FactState.Absent, RequestFacts.Complete().Get(ContractFields.Extra).State);
        Assert.Equal(FactState.Unknown, RequestFacts.Partial().Get(ContractFields.Extra).State);
    }

    [Fact]
    public void Candidates_are_the_values_the_spec_names_lists_first()
    {
        Assert.Equal(new[] { "veo-3.1", "veo-3.1-fast", "veo-3.0" }, ContractSchema.Engine.CandidatesFor(ContractFields.Model).Select(v => v.Text));
        Assert.Equal(new[] { "4", "6", "8" }, ContractSchema.Engine.CandidatesFor(ContractFields.Duration).Select(v => v.Text));
        Assert.Empty(ContractSchema.Engine.CandidatesFor(ContractFields.Seed));
    }
}
