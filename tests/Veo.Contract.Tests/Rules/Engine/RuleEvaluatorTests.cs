using System.Linq;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// The rule engine on facts built by hand: what it does with unknown values (the analyzer's case), the order of its
/// findings, and the edges of each rule kind.
/// </summary>
public class RuleEvaluatorTests
{
    private static RuleDefinition Rule(string id) => VeoRuleTable.Rules.Single(rule => rule.Id == id);

    private static RequestFacts Facts(params (RuleField Field, string? Text)[] values)
    {
        var facts = RequestFacts.Complete();
        facts.SetText(VeoRequestSchema.Model, VeoRuleTable.Models[0].Id);
        facts.SetText(VeoRequestSchema.Prompt, "a fox");
        foreach (var (field, text) in values)
        {
            facts.Set(field.WireName, FactValue.Known(text));
        }

        return facts;
    }

    private static string[] Ids(RequestFacts facts) => RuleEvaluator.Evaluate(facts).Select(f => f.Rule.Id).ToArray();

    [Fact]
    public void Nothing_is_reported_on_values_nobody_knows_yet()
        => Assert.Empty(RuleEvaluator.Evaluate(RequestFacts.Partial()));

    [Fact]
    public void Every_rule_stays_quiet_on_unknown_facts()
    {
        foreach (var rule in VeoRuleTable.Rules)
        {
            Assert.Null(RuleEvaluator.Check(rule, RequestFacts.Partial()));
        }
    }

    [Fact]
    public void Findings_come_in_id_order_and_in_field_order_within_an_id()
    {
        var facts = Facts(
            (VeoRequestSchema.Model, string.Empty),
            (VeoRequestSchema.Action, "Generate!"),
            (VeoRequestSchema.Prompt, null),
            (VeoRequestSchema.Duration, "5"),
            (VeoRequestSchema.NegativePrompt, "\0"),
            (VeoRequestSchema.ExtraPersonGeneration, string.Empty));

        var findings = RuleEvaluator.Evaluate(facts);

        Assert.Equal(
            new[] { "VEO0002", "VEO0009", "VEO0015", "VEO0015", "VEO0016", "VEO0016" },
            findings.Select(f => f.Rule.Id));
        Assert.Equal(
            new[] { "duration", "prompt", "model", "extra.personGeneration", "action", "negative_prompt" },
            findings.Select(f => f.Field.WireName));
    }

    [Fact]
    public void A_schema_finding_on_one_field_does_not_silence_a_rule_on_another()
    {
        var facts = Facts((VeoRequestSchema.Model, "veo-9"), (VeoRequestSchema.Action, "upscale"), (VeoRequestSchema.Duration, "5"));

        Assert.Equal(new[] { "VEO0001", "VEO0002", "VEO0012" }, Ids(facts));
    }

    [Fact]
    public void A_known_null_is_not_sent_so_value_rules_skip_it()
    {
        var facts = Facts((VeoRequestSchema.CallbackUrl, null), (VeoRequestSchema.NegativePrompt, null), (VeoRequestSchema.Action, null));

        Assert.Empty(RuleEvaluator.Evaluate(facts));
    }

    [Fact]
    public void A_missing_model_switches_off_capability_rules()
    {
        var facts = RequestFacts.Complete();
        facts.SetText(VeoRequestSchema.Prompt, "a fox");
        facts.SetNumber(VeoRequestSchema.Seed, 1);
        facts.Set("model", FactValue.Known("veo-3.0"));
        Assert.Equal(new[] { "VEO0005" }, Ids(facts));

        facts.Set("model", FactValue.Unknown);
        Assert.Empty(Ids(facts));
    }

    [Fact]
    public void A_value_no_model_supports_is_left_to_the_enum_check()
    {
        var facts = Facts((VeoRequestSchema.Resolution, "8k"));

        Assert.Null(RuleEvaluator.Check(Rule("VEO0004"), facts));
        Assert.Equal(new[] { "VEO0007" }, Ids(facts));
    }

    [Fact]
    public void A_capability_rule_names_the_model_and_every_model_that_would_do()
    {
        var facts = Facts((VeoRequestSchema.Seed, "3"));
        facts.SetText(VeoRequestSchema.Model, VeoRuleTable.Models[2].Id);

        var finding = RuleEvaluator.Check(Rule("VEO0005"), facts)!;

        Assert.Equal(VeoRuleTable.Models[2].Id, finding.Arguments["model"]);
        Assert.Equal($"{VeoRuleTable.Models[0].Id} or {VeoRuleTable.Models[1].Id}", finding.Arguments["supportingModels"]);
        Assert.Equal("3", finding.Value);
    }

    [Fact]
    public void A_capability_rule_without_a_capability_checks_nothing()
    {
        var rule = new RuleDefinition(
            "VEO9999", RuleSeverity.Error, "t", RuleKind.ModelCapability, VeoRequestSchema.Seed, [], null, [], null, [], SchemaKeywords.None, "{value}");
        var facts = Facts((VeoRequestSchema.Seed, "3"));
        facts.SetText(VeoRequestSchema.Model, VeoRuleTable.Models[2].Id);

        Assert.Null(RuleEvaluator.Check(rule, facts));
    }

    [Fact]
    public void A_requires_rule_uses_defaults_and_reports_the_trigger()
    {
        var rule = Rule("VEO0003");
        var facts = Facts((VeoRequestSchema.Resolution, rule.WhenValues[0]), (VeoRequestSchema.Duration, "6"));

        var finding = RuleEvaluator.Check(rule, facts)!;
        Assert.Equal(rule.WhenValues[0], finding.Arguments["whenValue"]);
        Assert.Equal("8", finding.Arguments["allowed"]);
        Assert.Equal("6", finding.Value);

        // Duration unset takes its default (8): fine. Resolution unset takes its default (720p): not a trigger.
        Assert.Null(RuleEvaluator.Check(rule, Facts((VeoRequestSchema.Resolution, rule.WhenValues[0]))));
        Assert.Null(RuleEvaluator.Check(rule, Facts((VeoRequestSchema.Duration, "6"))));

        // A duration nobody knows yet cannot be judged.
        var partial = RequestFacts.Partial();
        partial.Set("resolution", FactValue.Known(rule.WhenValues[1]));
        Assert.Null(RuleEvaluator.Check(rule, partial));
    }

    [Fact]
    public void A_requires_rule_without_a_when_field_checks_nothing()
    {
        var rule = new RuleDefinition(
            "VEO9999", RuleSeverity.Error, "t", RuleKind.Requires, VeoRequestSchema.Duration, ["8"], null, [], null, [], SchemaKeywords.None, "{value}");

        Assert.Null(RuleEvaluator.Check(rule, Facts((VeoRequestSchema.Duration, "6"))));
    }

    [Fact]
    public void A_rule_of_the_schema_kind_is_not_checked_on_its_own()
        => Assert.Null(RuleEvaluator.Check(Rule("VEO0002"), Facts((VeoRequestSchema.Duration, "5"))));

    [Theory]
    [InlineData("no", "no")]
    [InlineData("no-cars", "no")]
    [InlineData("\t NOT here", "NOT")]
    [InlineData("avoid", "avoid")]
    [InlineData("do not", "do not")]
    public void A_negation_is_a_whole_leading_word(string text, string negation)
    {
        var finding = RuleEvaluator.Check(Rule("VEO0010"), Facts((VeoRequestSchema.NegativePrompt, text)))!;

        Assert.Equal(negation, finding.Arguments["negation"]);
        Assert.Equal(text, finding.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no1")]
    [InlineData("nobody")]
    [InlineData("a no")]
    public void Other_texts_are_not_negations(string text)
        => Assert.Null(RuleEvaluator.Check(Rule("VEO0010"), Facts((VeoRequestSchema.NegativePrompt, text))));

    [Theory]
    [InlineData("http://example.com", true)]
    [InlineData("HTTPS://EXAMPLE.COM/hook?x=1", true)]
    [InlineData("https://10.0.0.1:8443/", true)]
    [InlineData("file:///srv/hook", false)]
    [InlineData("mailto:ops@example.com", false)]
    [InlineData("https:/example.com", false)]
    [InlineData("//example.com/hook", false)]
    public void A_callback_must_be_an_absolute_http_url_with_a_host(string url, bool accepted)
        => Assert.Equal(accepted, RuleEvaluator.Check(Rule("VEO0011"), Facts((VeoRequestSchema.CallbackUrl, url))) is null);

    [Fact]
    public void An_unknown_model_lists_the_known_ones()
    {
        var finding = RuleEvaluator.Check(Rule("VEO0001"), Facts((VeoRequestSchema.Model, "veo-9")))!;

        Assert.Equal(RuleMessage.JoinAlternatives(VeoRuleTable.Models.Select(m => m.Id).ToList()), finding.Arguments["allowed"]);
        Assert.Null(RuleEvaluator.Check(Rule("VEO0001"), Facts((VeoRequestSchema.Model, VeoRuleTable.Models[1].Id))));
    }

    [Fact]
    public void An_allowed_values_rule_lists_its_values()
    {
        var rule = Rule("VEO0012");
        var finding = RuleEvaluator.Check(rule, Facts((VeoRequestSchema.Action, "upscale")))!;

        Assert.Equal(RuleMessage.JoinAlternatives(rule.Values), finding.Arguments["allowed"]);
        Assert.Null(RuleEvaluator.Check(rule, Facts((VeoRequestSchema.Action, rule.Values[0]))));
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(81, true)]
    public void A_message_quotes_at_most_80_characters(int length, bool cut)
    {
        var text = new string('n', length);
        var finding = RuleEvaluator.Finding(Rule("VEO0012"), VeoRequestSchema.Action, text);

        Assert.Equal(cut ? text[..80] + "…" : text, finding.Arguments["value"]);
        Assert.Equal(text, finding.Value);
    }

    [Fact]
    public void A_missing_value_is_quoted_as_null_and_arguments_override_nothing_else()
    {
        var finding = RuleEvaluator.Finding(Rule("VEO0013"), VeoRequestSchema.Model, null, ("limit", "3"), ("limit", "4"));

        Assert.Equal("null", finding.Arguments["value"]);
        Assert.Equal("4", finding.Arguments["limit"]);
        Assert.Equal(2, finding.Arguments.Count);
        Assert.Same(VeoRequestSchema.Model, finding.Field);
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-12L, "-12")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void Numbers_are_written_as_on_the_wire(long value, string text)
        => Assert.Equal(text, RuleEvaluator.WireNumber(value));

    [Fact]
    public void Contains_is_exact()
    {
        Assert.True(RuleEvaluator.Contains(["a", "b"], "b"));
        Assert.False(RuleEvaluator.Contains(["a", "b"], "B"));
        Assert.False(RuleEvaluator.Contains(["a", "b"], null));
        Assert.False(RuleEvaluator.Contains([], "a"));
    }
}
