using System;
using System.Text;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Leaks;

/// <summary>
/// The redactor on its own: where a key sits in a text, how short a key may be, and each encoding an echo can take.
/// A made-up key is used here, so the texts the tests build never carry the suite's real test key.
/// </summary>
public class SecretRedactorTests
{
    private const string Key = "Kq7/Zx9é";
    private const string Redacted = SecretRedactor.Placeholder;

    [Fact]
    public void Base64_fragments_of_a_short_key_that_could_occur_by_chance_are_left_alone()
    {
        // "abcd" behind one or two other bytes encodes to ...FiY2... and ...hYmNk...: runs under 8 characters, as likely
        // in a video id or a hash as in an echo of the key. The key itself is still removed.
        const string key = "abcd";

        Assert.Equal("ids FiY2 and hYmNk stay", SecretRedactor.Redact("ids FiY2 and hYmNk stay", key));
        Assert.Equal("sent " + Redacted, SecretRedactor.Redact("sent " + key, key));
    }

    [Theory]
    [InlineData(Key + " was sent", Redacted + " was sent")]
    [InlineData("sent: " + Key, "sent: " + Redacted)]
    [InlineData(Key, Redacted)]
    [InlineData(Key + Key + " and " + Key, Redacted + Redacted + " and " + Redacted)]
    [InlineData("no secret here", "no secret here")]
    public void The_key_is_replaced_wherever_it_stands(string text, string expected)
        => Assert.Equal(expected, SecretRedactor.Redact(text, Key));

    [Fact]
    public void Missing_text_or_key_leaves_the_text_as_it_is()
    {
        Assert.Null(SecretRedactor.Redact(null, Key));
        Assert.Equal(string.Empty, SecretRedactor.Redact(string.Empty, Key));
        Assert.Equal("text " + Key, SecretRedactor.Redact("text " + Key, null));
        Assert.Equal("text " + Key, SecretRedactor.Redact("text " + Key, string.Empty));
    }

    [Fact]
    public void A_key_of_three_characters_is_too_short_to_redact_and_four_is_enough()
    {
        Assert.Equal("abc abc", SecretRedactor.Redact("abc abc", "abc"));
        Assert.Equal(Redacted + " " + Redacted, SecretRedactor.Redact("abcd abcd", "abcd"));
    }

    [Theory]
    [InlineData(@"\u004Bq7\/Zx9\u00e9")]
    [InlineData(@"\u004bq7\u002FZx9\u00E9")]
    [InlineData(@"\\u004Bq7\\/Zx9\\\\u00e9")]
    [InlineData("%4Bq7%2FZx9%C3%A9")]
    [InlineData("%4bq7%2fZx9%c3%a9")]
    [InlineData("%254Bq7%25252fZx9%25C3%25a9")]
    [InlineData("&#75;q7&#47;Zx9&#233;")]
    [InlineData("&#0075;q7&#x2F;Zx9&#XE9;")]
    [InlineData("&#x4b;q7&#x002f;Zx9&#xe9;")]
    public void Each_escaped_form_of_the_key_is_replaced(string form)
        => Assert.Equal("[" + Redacted + "]", SecretRedactor.Redact("[" + form + "]", Key));

    [Theory]
    [InlineData(@"\/")]
    [InlineData("\\\"")]
    [InlineData(@"\\")]
    public void The_short_JSON_escapes_of_slash_quote_and_backslash_are_recognised(string escaped)
    {
        var key = "ab" + escaped[escaped.Length - 1] + "cd";

        Assert.Equal(Redacted, SecretRedactor.Redact("ab" + escaped + "cd", key));
    }

    [Fact]
    public void Regex_characters_in_the_key_match_only_themselves()
    {
        const string key = "a.b*c+d";

        Assert.Equal("aXbbbcccd", SecretRedactor.Redact("aXbbbcccd", key));
        Assert.Equal("<" + Redacted + ">", SecretRedactor.Redact("<a.b*c+d>", key));
    }

    [Fact]
    public void A_letter_is_not_mistaken_for_its_escape_of_another_case()
    {
        // 'k' is \u006B, not \u004B: the escape digits must name the character exactly.
        Assert.Equal(@"\u006Bq7/Zx9é", SecretRedactor.Redact(@"\u006Bq7/Zx9é", Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("Be")]
    [InlineData("Bearer ")]
    public void Base64_of_a_text_holding_the_key_loses_every_character_that_depends_on_the_key_alone(string prefix)
    {
        const string key = "abcdefghijkl";
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + key + "!"));

        // Character i of base64 carries bits [6i, 6i + 6); the key fills bits [8p, 8(p + 12)) for a prefix of p bytes.
        var first = ((8 * prefix.Length) + 5) / 6;
        var end = 8 * (prefix.Length + key.Length) / 6;

        Assert.Equal(encoded.Substring(0, first) + Redacted + encoded.Substring(end), SecretRedactor.Redact(encoded, key));
    }

    [Fact]
    public void Url_safe_base64_is_recognised_as_well_as_the_standard_alphabet()
    {
        const string key = "~~~???~~~";
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
        var urlSafe = standard.Replace('+', '-').Replace('/', '_');
        Assert.NotEqual(standard, urlSafe);

        Assert.Equal(Redacted, SecretRedactor.Redact(standard, key));
        Assert.Equal(Redacted, SecretRedactor.Redact(urlSafe, key));
    }

    [Fact]
    public void A_base64_run_of_eight_characters_counts_and_a_shorter_one_is_left_alone()
    {
        // Six bytes encode to exactly eight characters; five bytes give only six that depend on the key alone.
        Assert.Equal("token " + Redacted, SecretRedactor.Redact("token " + Convert.ToBase64String(Encoding.UTF8.GetBytes("abcdef")), "abcdef"));
        var five = Convert.ToBase64String(Encoding.UTF8.GetBytes("abcde"));
        Assert.Equal("token " + five, SecretRedactor.Redact("token " + five, "abcde"));
    }
}
