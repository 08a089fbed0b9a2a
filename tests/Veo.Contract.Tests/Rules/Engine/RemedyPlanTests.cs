using System.Collections.Generic;
using System.Linq;
using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>
/// Which remedy Fix All applies to each finding of a request: the change a finding cannot do without comes first and
/// mends the others it can; otherwise the blamed value itself changes. Applied id by id in any order, the plan ends in
/// the same request.
/// </summary>
public class RemedyPlanTests
{
    private const RemedyKinds All = RemedyKinds.Replace | RemedyKinds.Remove | RemedyKinds.ReplaceCondition;

    private static Dictionary<string, RemedyKinds> Plan(RequestFacts facts, RemedyKinds offered = All)
    {
        var findings = ContractSchema.Engine.Evaluate(facts);
        var chosen = RemedyPlan.Choose(ContractSchema.Engine, findings, findings.Select(_ => offered).ToArray(), facts);
        return findings.Select((f, i) => (f.Rule.Id, chosen[i])).ToDictionary(x => x.Id, x => x.Item2);
    }

    [Fact]
    public void A_model_switch_that_4k_needs_anyway_also_mends_the_seed()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetText(ContractFields.Resolution, "4k");
        facts.SetNumber(ContractFields.Seed, 7);

        Assert.Equal(new Dictionary<string, RemedyKinds> { ["VEO0004"] = RemedyKinds.ReplaceCondition, ["VEO0005"] = RemedyKinds.ReplaceCondition }, Plan(facts));
    }

    [Fact]
    public void A_seed_alone_is_dropped_and_the_model_kept()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetNumber(ContractFields.Seed, 7);

        Assert.Equal(RemedyKinds.Remove, Plan(facts)["VEO0005"]);
        Assert.Equal(RemedyKinds.ReplaceCondition, Plan(facts, RemedyKinds.ReplaceCondition)["VEO0005"]); // the seed cannot be deleted where it is written
    }

    [Fact]
    public void Independent_findings_each_get_their_own_fix()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetText(ContractFields.Resolution, "4k");
        facts.SetNumber(ContractFields.Duration, 4);
        facts.SetNumber(ContractFields.Seed, 7);
        facts.SetText(ContractFields.NegativePrompt, "no cars");

        Assert.Equal(
            new Dictionary<string, RemedyKinds>
            {
                ["VEO0003"] = RemedyKinds.Replace,
                ["VEO0004"] = RemedyKinds.ReplaceCondition,
                ["VEO0005"] = RemedyKinds.ReplaceCondition,
                ["VEO0010"] = RemedyKinds.Replace,
            },
            Plan(facts));
    }

    [Fact]
    public void Nothing_offered_nothing_chosen()
    {
        var facts = EngineFacts.Valid();
        facts.SetText(ContractFields.Model, "veo-3.0");
        facts.SetNumber(ContractFields.Seed, 7);

        Assert.Equal(RemedyKinds.None, Plan(facts, RemedyKinds.None)["VEO0005"]);
    }

    public static TheoryData<string, string?, int?, long?, string?> Requests()
    {
        var data = new TheoryData<string, string?, int?, long?, string?>();
        foreach (var model in new[] { "veo-3.1", "veo-3.1-fast", "veo-3.0" })
        {
            foreach (var resolution in new[] { null, "720p", "1080p", "4k" })
            {
                foreach (var duration in new int?[] { null, 4, 6, 8 })
                {
                    foreach (var seed in new long?[] { null, 7 })
                    {
                        foreach (var negative in new[] { null, "no cars" })
                        {
                            data.Add(model, resolution, duration, seed, negative);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Fixing_id_by_id_in_any_order_ends_in_one_request_with_no_fixable_finding(string model, string? resolution, int? duration, long? seed, string? negative)
    {
        var ids = new[] { "VEO0003", "VEO0004", "VEO0005", "VEO0010" };
        var outcomes = new HashSet<string>();
        foreach (var order in Permutations(ids))
        {
            var facts = EngineFacts.Valid();
            facts.SetText(ContractFields.Model, model);
            facts.SetText(ContractFields.Resolution, resolution);
            facts.SetNumber(ContractFields.Duration, duration);
            facts.SetNumber(ContractFields.Seed, seed);
            facts.SetText(ContractFields.NegativePrompt, negative);
            foreach (var id in order)
            {
                // As `dotnet format` does: analyze again, then fix every finding of this id with its planned remedy.
                var findings = ContractSchema.Engine.Evaluate(facts);
                var chosen = RemedyPlan.Choose(ContractSchema.Engine, findings, findings.Select(_ => All).ToArray(), facts);
                var changes = findings.Select((f, i) => (Finding: f, Kind: chosen[i])).Where(x => x.Finding.Rule.Id == id && x.Kind != RemedyKinds.None).ToList();
                foreach (var (finding, kind) in changes)
                {
                    var (field, value) = RemedyPlan.Change(finding, kind);
                    facts.Set(field, value);
                }
            }

            Assert.DoesNotContain(ContractSchema.Engine.Evaluate(facts), f => ids.Contains(f.Rule.Id));
            outcomes.Add(string.Join(", ", ContractSchema.ValueFields.Select(f => f.WireName + "=" + (facts.Get(f).Text ?? "-"))));
        }

        Assert.Single(outcomes);
    }

    private static IEnumerable<string[]> Permutations(string[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            foreach (var rest in Permutations(items.Where((_, k) => k != i).ToArray()))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
