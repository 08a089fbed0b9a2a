using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// Rule shapes another spec uses and this one does not (found by the second API, tests/Veo.Contract.SecondApi.Tests),
/// on engines built here over this contract's fields with made-up models: one id split into a case per model, and a
/// long range next to a const another rule names.
/// </summary>
public class RuleShapesBeyondThisSpecTests
{
    private const string Template = "{Field} '{value}' is not supported by model '{ifValue}'; use model {ifAllowed}.";

    [Fact]
    public void A_value_that_only_moves_a_finding_to_another_case_of_its_rule_is_no_remedy()
    {
        // One id, one case per model: model-a renders 720p or 4k, model-c 4k only, model-b 720p or 1080p.
        var engine = new RuleEngine(
            new[] { ResolutionsOf("model-a", "720p", "4k"), ResolutionsOf("model-c", "4k"), ResolutionsOf("model-b", "720p", "1080p") },
            ContractSchema.Fields);
        var facts = RequestFacts.Complete();
        facts.SetText(ContractFields.Model, "model-a");
        facts.SetEnumMember(ContractFields.Resolution, "FullHd1080p");

        var finding = Assert.Single(engine.Evaluate(facts));

        Assert.Equal("Resolution '1080p' is not supported by model 'model-a'; use model model-b.", finding.FormatMessage(RuleNaming.Property));
        Assert.Equal("model-b", finding.Remedy.TriggerReplacement?.Text);
    }

    [Fact]
    public void A_long_range_is_described_even_where_another_rule_names_a_value_of_the_field()
    {
        var range = new SchemaRule(
            "TST0002", RuleSeverity.Error, "Out of range", "{Field} {value} is out of range; use {allowed}.", RuleSourceKind.Vendor, "vendor",
            isAdvice: false, ContractFields.Seed, new SchemaNode(minimum: 0, maximum: 100));
        var pinned = new SchemaRule(
            "TST0003", RuleSeverity.Error, "Pinned", "{Field} must be {allowed} for '{ifValue}'.", RuleSourceKind.Vendor, "vendor",
            isAdvice: false, null, new SchemaNode(
                @if: new SchemaNode(required: new[] { ContractFields.Model }, properties: new[] { new SchemaProperty(ContractFields.Model, new SchemaNode(@enum: new[] { FactValue.String("model-a") }, isConst: true)) }),
                then: new SchemaNode(properties: new[] { new SchemaProperty(ContractFields.Seed, new SchemaNode(@enum: new[] { FactValue.Number(7) }, isConst: true)) })));
        var engine = new RuleEngine(new[] { range, pinned }, ContractSchema.Fields);
        var facts = RequestFacts.Complete();
        facts.SetText(ContractFields.Model, "model-b");
        facts.SetNumber(ContractFields.Seed, 500);

        var finding = Assert.Single(engine.Evaluate(facts));

        // Not "use 7": 7 is the one value model-a takes, not what the range allows.
        Assert.Equal("Seed 500 is out of range; use a whole number from 0 to 100.", finding.FormatMessage(RuleNaming.Property));
    }

    private static SchemaRule ResolutionsOf(string model, params string[] resolutions)
        => new(
            "TST0001", RuleSeverity.Error, "Resolution not supported by the model", Template, RuleSourceKind.Vendor, "vendor",
            isAdvice: false, null, new SchemaNode(
                @if: new SchemaNode(required: new[] { ContractFields.Model }, properties: new[] { new SchemaProperty(ContractFields.Model, new SchemaNode(@enum: new[] { FactValue.String(model) }, isConst: true)) }),
                then: new SchemaNode(properties: new[] { new SchemaProperty(ContractFields.Resolution, new SchemaNode(@enum: System.Array.ConvertAll(resolutions, FactValue.String))) })));
}
