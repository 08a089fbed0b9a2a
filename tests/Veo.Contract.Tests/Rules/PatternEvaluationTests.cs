using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>Spec patterns are ECMAScript expressions: evaluated in .NET's ECMAScript mode, and skipped (no finding) when they cannot be evaluated in time.</summary>
public class PatternEvaluationTests
{
    [Fact]
    public void Character_classes_follow_ecmascript_not_dotnet()
    {
        // In .NET's own dialect \w also matches letters such as é; in ECMAScript only [A-Za-z0-9_].
        var field = new RuleField("x", "X", SchemaType.String, pattern: "^\\w+$");

        Assert.True(field.MatchesPattern("cafe"));
        Assert.False(field.MatchesPattern("café"));
    }

    [Fact]
    public void A_match_that_cannot_finish_in_time_is_skipped_not_guessed()
    {
        var field = new RuleField("x", "X", SchemaType.String, pattern: "^(a+)+$");

        Assert.Null(field.MatchesPattern(new string('a', 40) + "!"));
    }

    [Fact]
    public void A_pattern_the_engine_cannot_read_is_skipped()
    {
        var field = new RuleField("x", "X", SchemaType.String, pattern: "(unclosed");

        Assert.Null(field.MatchesPattern("anything"));
    }
}
