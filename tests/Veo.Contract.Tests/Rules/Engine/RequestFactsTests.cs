using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>Facts as the client and the analyzer hand them over: what is unset, unknown, null, an enum member or a number.</summary>
public class RequestFactsTests
{
    [Fact]
    public void An_unseen_field_is_absent_at_run_time_and_unknown_at_compile_time()
    {
        Assert.Equal(FactState.Absent, RequestFacts.Complete().Get(ContractFields.Seed).State);
        Assert.Equal(FactState.Unknown, RequestFacts.Partial().Get(ContractFields.Seed).State);
    }

    [Fact]
    public void Null_is_not_sent()
    {
        var facts = RequestFacts.Partial();
        facts.SetText(ContractFields.CallbackUrl, null);
        facts.SetNumber(ContractFields.Seed, null);
        facts.SetEnumMember(ContractFields.Resolution, null);

        Assert.Equal(FactState.Absent, facts.Get(ContractFields.CallbackUrl).State);
        Assert.Equal(FactState.Absent, facts.Get(ContractFields.Seed).State);
        Assert.Equal(FactState.Absent, facts.Get(ContractFields.Resolution).State);
    }

    [Fact]
    public void An_enum_member_is_its_wire_value_and_an_unnamed_one_its_number()
    {
        var facts = RequestFacts.Complete();
        facts.SetEnumMember(ContractFields.Resolution, "FullHd1080p");
        facts.SetEnumMember(ContractFields.AspectRatio, "7");

        Assert.True(facts.Get(ContractFields.Resolution).SameAs(FactValue.String("1080p")));
        Assert.True(facts.Get(ContractFields.AspectRatio).SameAs(FactValue.Number(7)));
    }

    [Fact]
    public void The_last_value_set_wins_and_clear_forgets_everything()
    {
        var facts = RequestFacts.Complete();
        for (var i = 0; i < 30; i++)
        {
            facts.SetNumber(ContractFields.Seed, i);
        }

        Assert.Equal("29", facts.Get(ContractFields.Seed).Text);

        facts.Clear();
        Assert.Equal(FactState.Absent, facts.Get(ContractFields.Seed).State);
    }

    [Fact]
    public void Every_field_can_be_held_at_once()
    {
        var facts = RequestFacts.Complete();
        foreach (var field in ContractSchema.Fields)
        {
            facts.Set(field, FactValue.String(field.WireName));
        }

        foreach (var field in ContractSchema.Fields)
        {
            Assert.Equal(field.WireName, facts.Get(field).Text);
        }
    }

    [Fact]
    public void Json_equality_compares_numbers_by_value_and_never_across_kinds()
    {
        Assert.True(FactValue.Number("8").SameAs(FactValue.Number("8.00")));
        Assert.False(FactValue.Number("8").SameAs(FactValue.String("8")));
        Assert.False(FactValue.Boolean(true).SameAs(FactValue.String("true")));
        Assert.False(FactValue.Absent.SameAs(FactValue.Absent));
    }
}
