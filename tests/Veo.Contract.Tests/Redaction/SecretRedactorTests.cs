using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Veo.Contract.Tests.Redaction;

/// <summary>An echoed key is removed in every encoding a server, proxy or log pipeline may give it.</summary>
public class SecretRedactorTests
{
    // Keys with the characters that JSON, URL and base64 encoders treat specially.
    public static readonly TheoryData<string> Keys = new()
    {
        "sk+veo/Key=9%2Fz7Qm",
        "vk%41+/==+Tq8xLr2W",
        "plain-key-7Qm2Zx9Lp4Wv",
        "ключ+über/=%key",
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_encoding_of_the_key_is_redacted(string key)
    {
        foreach (var (name, encoded) in Encodings(key))
        {
            var text = "{\"error\":{\"message\":\"echo: " + encoded + " end\"}}";

            var redacted = SecretRedactor.Redact(text, key)!;

            Assert.True(!redacted.Contains(encoded, StringComparison.Ordinal), $"{name} form survived: {redacted}");
            Assert.Contains(SecretRedactor.Placeholder, redacted);
            Assert.StartsWith("{\"error\":{\"message\":\"echo: ", redacted);
            Assert.EndsWith(" end\"}}", redacted);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Base64_of_any_text_holding_the_key_loses_every_character_that_depends_on_the_key_alone(string key)
    {
        var keyBytes = Encoding.UTF8.GetByteCount(key);
        foreach (var prefix in new[] { string.Empty, "Bearer ", "Authorization: Bearer ", "x", "xy" })
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + key + "\n"));

            var redacted = SecretRedactor.Redact(encoded, key)!;

            // 8 bits per byte, 6 per character: at most one character on each side mixes the key with its neighbours.
            var removed = encoded.Length - (redacted.Length - SecretRedactor.Placeholder.Length);
            Assert.True(removed >= (8 * keyBytes / 6) - 2, $"only {removed} characters removed from '{encoded}' after '{prefix}': {redacted}");
            Assert.Contains(SecretRedactor.Placeholder, redacted);
        }
    }

    [Fact]
    public void Text_without_the_key_is_returned_unchanged()
    {
        const string text = "{\"error\":{\"message\":\"Bearer abc %2B \\u0041 &#65;\",\"code\":\"task_failed\"}}";

        Assert.Equal(text, SecretRedactor.Redact(text, "sk+veo/Key=9%2Fz7Qm"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    public void No_key_or_a_too_short_one_redacts_nothing(string? key)
        => Assert.Equal("abc and more abc", SecretRedactor.Redact("abc and more abc", key));

    // Built by hand or by the platform's encoders, not by the redactor's own pattern.
    private static IEnumerable<(string Name, string Encoded)> Encodings(string key)
    {
        yield return ("plain", key);
        yield return ("System.Text.Json", JsonSerializer.Serialize(key).Trim('"'));
        yield return ("every char \\u upper", string.Concat(key.Select(c => "\\u" + ((int)c).ToString("X4"))));
        yield return ("every char \\u lower", string.Concat(key.Select(c => "\\u" + ((int)c).ToString("x4"))));
        yield return ("mixed \\u", string.Concat(key.Select((c, i) => i % 2 == 0 ? c.ToString() : "\\u" + ((int)c).ToString("x4"))));
        yield return ("escaped slash", key.Replace("/", "\\/"));
        yield return ("System.Text.Json twice", JsonSerializer.Serialize(JsonSerializer.Serialize(key).Trim('"')).Trim('"'));
        yield return ("every char \\u twice", string.Concat(key.Select(c => "\\\\u" + ((int)c).ToString("X4"))));
        yield return ("URL upper", Uri.EscapeDataString(key));
        yield return ("URL lower", LowerHexEscapes(Uri.EscapeDataString(key)));
        yield return ("URL every byte", string.Concat(Encoding.UTF8.GetBytes(key).Select(b => "%" + b.ToString("x2"))));
        yield return ("URL twice", Uri.EscapeDataString(Uri.EscapeDataString(key)));
        yield return ("HTML decimal", string.Concat(key.Select(c => "&#" + (int)c + ";")));
        yield return ("HTML hex", string.Concat(key.Select(c => "&#x" + ((int)c).ToString("x") + ";")));
        yield return ("base64 key", Convert.ToBase64String(Encoding.UTF8.GetBytes(key)));
        yield return ("base64 Bearer key", Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + key)));
        yield return ("base64url Bearer key", Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + key)).Replace('+', '-').Replace('/', '_').TrimEnd('='));
        yield return ("base64 in JSON", JsonSerializer.Serialize(Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + key))).Trim('"'));
    }

    private static string LowerHexEscapes(string escaped)
    {
        var builder = new StringBuilder(escaped);
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] == '%' && i + 2 < builder.Length)
            {
                builder[i + 1] = char.ToLowerInvariant(builder[i + 1]);
                builder[i + 2] = char.ToLowerInvariant(builder[i + 2]);
            }
        }

        return builder.ToString();
    }
}
