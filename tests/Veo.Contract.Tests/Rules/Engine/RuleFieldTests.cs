using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>A field's names and the enum member / wire value lookups the client and analyzer use.</summary>
public class RuleFieldTests
{
    [Theory]
    [InlineData("seed", "seed")]
    [InlineData("extra.personGeneration", "personGeneration")]
    [InlineData("a.b.c", "c")]
    public void The_name_is_the_last_segment_of_the_wire_path(string wireName, string name)
        => Assert.Equal(name, new RuleField(wireName, "X", SchemaType.String).Name);

    [Fact]
    public void The_display_name_follows_the_naming()
    {
        var field = new RuleField("extra.personGeneration", "Extra.PersonGeneration", SchemaType.String);

        Assert.Equal("extra.personGeneration", field.DisplayName(RuleNaming.Wire));
        Assert.Equal("Extra.PersonGeneration", field.DisplayName(RuleNaming.Property));
    }

    [Fact]
    public void Unstated_lists_are_empty_and_unstated_keywords_null()
    {
        var field = new RuleField("x", "X", SchemaType.Number);

        Assert.Empty(field.EnumValues);
        Assert.Empty(field.EnumMemberNames);
        Assert.Empty(field.KnownValues);
        Assert.Null(field.DefaultValue);
        Assert.Null(field.Minimum);
        Assert.Null(field.Pattern);
        Assert.False(field.Required);
        Assert.Null(field.MatchesPattern("anything"));
    }

    [Fact]
    public void Enum_members_and_wire_values_map_both_ways()
    {
        var field = new RuleField("shade", "Shade", SchemaType.String, enumValues: ["lt", "md", "dk"], enumMemberNames: ["Light", "Medium", "Dark"]);

        Assert.Equal("lt", field.EnumWireValue("Light"));
        Assert.Equal("dk", field.EnumWireValue("Dark"));
        Assert.Null(field.EnumWireValue("dark"));
        Assert.Equal("Light", field.EnumMemberName("lt"));
        Assert.Equal("Dark", field.EnumMemberName("dk"));
        Assert.Null(field.EnumMemberName("Dark"));
    }

    [Fact]
    public void Lists_of_different_lengths_are_read_only_as_far_as_both_go()
    {
        var moreNames = new RuleField("shade", "Shade", SchemaType.String, enumValues: ["lt"], enumMemberNames: ["Light", "Dark"]);
        var moreValues = new RuleField("shade", "Shade", SchemaType.String, enumValues: ["lt", "dk"], enumMemberNames: ["Light"]);

        Assert.Null(moreNames.EnumWireValue("Dark"));
        Assert.Equal("lt", moreNames.EnumWireValue("Light"));
        Assert.Null(moreNames.EnumMemberName("dk"));
        Assert.Null(moreValues.EnumMemberName("dk"));
        Assert.Null(moreValues.EnumWireValue("Dark"));
        Assert.Equal("Light", moreValues.EnumMemberName("lt"));
    }

    [Fact]
    public void A_pattern_is_a_search_not_a_whole_match()
    {
        var field = new RuleField("x", "X", SchemaType.String, pattern: "\\S");

        Assert.True(field.MatchesPattern("  a  "));
        Assert.False(field.MatchesPattern("   "));
    }

    [Fact]
    public void A_shape_finds_its_fields_by_json_name()
    {
        Assert.Same(VeoRequestSchema.Seed, VeoRequestSchema.Request.Find("seed"));
        Assert.Same(VeoRequestSchema.Extra, VeoRequestSchema.Request.Find("extra"));
        Assert.Null(VeoRequestSchema.Request.Find("personGeneration"));
        Assert.Null(VeoRequestSchema.Request.Find("Seed"));
        Assert.Same(VeoRequestSchema.ExtraPersonGeneration, VeoRequestSchema.Extra.Members!.Find("personGeneration"));
        Assert.False(VeoRequestSchema.Request.AllowsOtherFields);
        Assert.True(VeoRequestSchema.Extra.Members.AllowsOtherFields);
    }
}
