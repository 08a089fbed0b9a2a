using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>"Did you mean": the one listed text within a few edits of the value, ignoring case; nothing when two are as near or none is near.</summary>
public class NearestValueTests
{
    private static readonly FactValue[] Models = [FactValue.String("veo-3.1"), FactValue.String("veo-3.1-fast"), FactValue.String("veo-3.0")];

    private static string? Nearest(string text, FactValue[]? listed = null) => NearestValue.Find(FactValue.String(text), listed ?? Models);

    [Theory]
    [InlineData("veo-3.1-fats", "veo-3.1-fast")] // two letters swapped
    [InlineData("veo3.1", "veo-3.1")] // one left out
    [InlineData("Veo-3.1", "veo-3.1")] // case alone
    [InlineData("VEO-3.1-FAST", "veo-3.1-fast")]
    [InlineData("veo 3.1", "veo-3.1")] // one replaced
    [InlineData("veo-31-fst", "veo-3.1-fast")] // two edits in a long id
    public void A_slip_of_the_keyboard_gets_the_listed_text(string typed, string expected)
        => Assert.Equal(expected, Nearest(typed));

    [Theory]
    [InlineData("veo-3")] // as near to veo-3.1 as to veo-3.0
    [InlineData("veo-3.2")] // the same
    [InlineData("sora-2")]
    [InlineData("veo-9")]
    [InlineData("")]
    [InlineData("veo-3.1")] // listed: nothing to suggest
    public void Nothing_is_suggested_when_no_single_listed_text_is_near(string typed)
        => Assert.Null(Nearest(typed));

    [Fact]
    public void Short_values_allow_one_edit()
    {
        FactValue[] resolutions = [FactValue.String("720p"), FactValue.String("1080p"), FactValue.String("4k")];

        Assert.Equal("1080p", Nearest("1080P", resolutions));
        Assert.Equal("720p", Nearest("720", resolutions));
        Assert.Equal("4k", Nearest("4K", resolutions));
        Assert.Null(Nearest("8k!", resolutions));
    }

    [Fact]
    public void Numbers_and_unknown_values_get_no_suggestion()
    {
        FactValue[] durations = [FactValue.Number(4), FactValue.Number(6), FactValue.Number(8)];

        Assert.Null(NearestValue.Find(FactValue.Number(5), durations));
        Assert.Null(NearestValue.Find(FactValue.Unknown, Models));
    }

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "ABC", 0)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void The_distance_counts_insertions_deletions_replacements_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, NearestValue.Distance(a, b));
        Assert.Equal(expected, NearestValue.Distance(b, a));
    }
}
