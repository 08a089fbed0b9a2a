using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Veo.Contract;

/// <summary>
/// Removes the API key from text the client puts into exceptions and logs, in case a server or proxy echoes it, in any of
/// the encodings an echo can take: as is; any character JSON-escaped (<c>\u002B</c>, <c>\/</c>, also twice), URL-encoded
/// in either hex case (also twice), or as an HTML character reference; and base64 (standard or URL-safe) of the key or
/// of anything that contains it, such as <c>Bearer key</c>.
/// </summary>
internal static class SecretRedactor
{
    public const string Placeholder = "[redacted]";

    // Keys shorter than 4 characters would match ordinary words; such a key is never valid anyway.
    private const int ShortestSecret = 4;

    // A base64 run shorter than this could occur by chance in a video id or a hash.
    private const int ShortestBase64Run = 8;

    public static string? Redact(string? text, string? secret)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(secret) || secret!.Length < ShortestSecret)
        {
            return text;
        }

        // Only error paths call this; the static Replace keeps the parsed pattern in Regex's own cache.
        return Regex.Replace(text, Pattern(secret), Placeholder, RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
    }

    private static string Pattern(string secret)
    {
        var forms = new List<string> { secret };
        forms.AddRange(Base64Runs(Encoding.UTF8.GetBytes(secret)));
        var pattern = new StringBuilder();
        foreach (var form in forms)
        {
            pattern.Append(pattern.Length == 0 ? "(?:" : "|(?:");
            foreach (var character in form)
            {
                AppendAnyEncoding(pattern, character);
            }

            pattern.Append(')');
        }

        return pattern.ToString();
    }

    /// <summary>
    /// The base64 characters that depend on the secret's bytes alone, for each of the three alignments the secret can have
    /// inside a longer encoded text ("Bearer " + key puts it at offset 7, for instance), in both alphabets.
    /// </summary>
    private static IEnumerable<string> Base64Runs(byte[] secret)
    {
        for (var shift = 0; shift < 3; shift++)
        {
            var bytes = new byte[shift + secret.Length];
            Buffer.BlockCopy(secret, 0, bytes, shift, secret.Length);
            var encoded = Convert.ToBase64String(bytes);

            // Character i covers bits [6i, 6i + 6); the secret covers bits [8 shift, 8 (shift + length)).
            var first = ((8 * shift) + 5) / 6;
            var end = 8 * (shift + secret.Length) / 6;
            if (end - first < ShortestBase64Run)
            {
                continue;
            }

            var run = encoded.Substring(first, end - first);
            yield return run;
            yield return run.Replace('+', '-').Replace('/', '_');
        }
    }

    // One character, as itself or escaped: \uXXXX (any hex case), JSON's short escapes, either also with the backslash
    // escaped again (JSON inside JSON), %XX per UTF-8 byte (any case, also with the % itself encoded again), &#NN; and &#xHH;.
    private static void AppendAnyEncoding(StringBuilder pattern, char character)
    {
        var code = (int)character;
        pattern.Append("(?:").Append(Regex.Escape(character.ToString()));
        pattern.Append(@"|\\+u").Append(AnyCaseHex(code.ToString("X4", CultureInfo.InvariantCulture)));
        if (character is '/' or '\\' or '"')
        {
            pattern.Append(@"|\\+").Append(Regex.Escape(character.ToString()));
        }

        pattern.Append('|');
        foreach (var b in Encoding.UTF8.GetBytes(character.ToString()))
        {
            pattern.Append("%(?:25)*").Append(AnyCaseHex(b.ToString("X2", CultureInfo.InvariantCulture)));
        }

        pattern.Append("|&#0*").Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
        pattern.Append("|&#[xX]0*").Append(AnyCaseHex(code.ToString("X", CultureInfo.InvariantCulture))).Append(';');
        pattern.Append(')');
    }

    // Every digit becomes a class of its two cases ("[Bb]"; a decimal digit gives "[44]", which matches only itself).
    private static string AnyCaseHex(string hex)
    {
        var pattern = new StringBuilder();
        foreach (var digit in hex)
        {
            pattern.Append('[').Append(digit).Append(char.ToLowerInvariant(digit)).Append(']');
        }

        return pattern.ToString();
    }
}
