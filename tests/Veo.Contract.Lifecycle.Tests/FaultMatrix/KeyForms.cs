using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>
/// The encodings in which a hostile server echoes the key (built with the platform's encoders, not the client's redactor),
/// both to put into answers and to search for in everything the client let out.
/// </summary>
internal static class KeyForms
{
    public static IReadOnlyList<(string Name, string Text)> Of(string key) => new (string, string)[]
    {
        ("plain", key),
        ("JSON-escaped", JsonSerializer.Serialize(key).Trim('"')),
        ("\\u upper", string.Concat(key.Select(c => "\\u" + ((int)c).ToString("X4")))),
        ("\\u lower", string.Concat(key.Select(c => "\\u" + ((int)c).ToString("x4")))),
        ("JSON-escaped twice", JsonSerializer.Serialize(JsonSerializer.Serialize(key).Trim('"')).Trim('"')),
        ("\\u twice", string.Concat(key.Select(c => "\\\\u" + ((int)c).ToString("X4")))),
        ("URL upper", Uri.EscapeDataString(key)),
        ("URL lower", Regex.Replace(Uri.EscapeDataString(key), "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant())),
        ("base64 key", Convert.ToBase64String(Encoding.UTF8.GetBytes(key))),
        ("base64 Bearer key", Convert.ToBase64String(Encoding.UTF8.GetBytes("Bearer " + key))),
    };

    /// <summary>A JSON string value holding the key in every form at once (JSON-escaping the forms in turn).</summary>
    public static string EchoJson(string key) => JsonSerializer.Serialize("echo " + string.Join(" | ", Of(key).Select(form => form.Text)));

    /// <summary>The forms of <paramref name="key"/> found in <paramref name="text"/>.</summary>
    public static IEnumerable<string> FoundIn(string text, string key)
        => Of(key).Where(form => text.Contains(form.Text, StringComparison.Ordinal)).Select(form => form.Name);
}
