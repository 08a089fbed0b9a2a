using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Writes <c>VeoErrorCodes</c>: one string constant per entry of the spec's <c>x-error-codes</c> list (on the
/// <c>ErrorCode</c> schema), so the client and the fake name every code by a constant the spec declares. The codes
/// stay plain strings: a code the service adds later must never break a client.
/// </summary>
internal static class ErrorCodesCodeWriter
{
    private const string Extension = "x-error-codes";
    private static readonly string[] Keys = ["code", "statuses", "source", "description"];

    public static string Write(YamlMappingNode root, string ns)
    {
        var list = ListNode(root);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = new StringBuilder();
        code.Append("#nullable enable\n");
        code.Append("namespace ").Append(ns).Append("\n{\n");
        code.Append("    /// <summary>\n");
        code.Append("    /// The error codes the spec lists (<c>ErrorCode</c>'s <c>x-error-codes</c>). The list is open-ended: the service may\n");
        code.Append("    /// send other codes. A broken request rule's code is the rule's id (VEO0002, VEO0003, ...) instead.\n");
        code.Append("    /// </summary>\n");
        code.Append("    [global::System.CodeDom.Compiler.GeneratedCode(\"Veo.Contract.SpecCompiler\", null)]\n");
        code.Append("    public static partial class VeoErrorCodes\n    {\n");
        foreach (var item in list.Children)
        {
            var entry = item as YamlMappingNode ?? throw SpecYaml.Error(item, $"each entry of '{Extension}' must be a mapping with code, source and description");
            var value = Read(entry, names);
            var name = DotNetNames.ToPascalCase(value);
            names.Add(value, name);
            var statuses = Statuses(entry);
            code.Append("        /// <summary>").Append(Escape(entry.Scalar("description").Trim()));
            code.Append(statuses.Count == 0 ? "" : " HTTP " + string.Join(", ", statuses.Select(s => s.ToString(CultureInfo.InvariantCulture))) + ".");
            code.Append(" Source: ").Append(Escape(entry.Scalar("source").Trim())).Append(".</summary>\n");
            code.Append("        public const string ").Append(name).Append(" = ").Append(CSharpText.Literal(value)).Append(";\n\n");
        }

        code.Append("        /// <summary>Every code the spec lists, in its order.</summary>\n");
        code.Append("        public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { ")
            .Append(string.Join(", ", names.Values)).Append(" };\n");
        code.Append("    }\n}\n");
        return code.ToString();
    }

    /// <summary>The one <c>x-error-codes</c> list of the spec, wherever it sits.</summary>
    private static YamlSequenceNode ListNode(YamlMappingNode root)
    {
        var found = Holders(root).ToList();
        if (found.Count == 0)
        {
            throw SpecYaml.Error(root, $"the spec has no '{Extension}' list: the client and the fake need their error codes declared");
        }

        if (found.Count > 1)
        {
            throw SpecYaml.Error(found[1], $"'{Extension}' appears more than once; declare every code in one list");
        }

        return found[0].Child(Extension) switch
        {
            YamlSequenceNode { Children.Count: > 0 } sequence => sequence,
            var other => throw SpecYaml.Error(other!, $"'{Extension}' must be a non-empty list"),
        };
    }

    private static string Read(YamlMappingNode entry, Dictionary<string, string> names)
    {
        foreach (var key in entry.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } text } || !Keys.Contains(text))
            {
                throw SpecYaml.Error(key, $"unknown key '{key}' in an error code; use {string.Join(", ", Keys)}");
            }
        }

        var value = entry.Scalar("code");
        if (value.Length == 0 || value.Any(c => c > 127 || !(char.IsLetterOrDigit(c) || c is '_' or '-' or '.')))
        {
            throw SpecYaml.Error(entry, $"error code '{value}' must be ASCII letters, digits, '_', '-' or '.'");
        }

        if (names.ContainsKey(value))
        {
            throw SpecYaml.Error(entry, $"error code '{value}' is listed more than once");
        }

        var name = DotNetNames.ToPascalCase(value);
        if (names.FirstOrDefault(pair => pair.Value == name).Key is { } clash)
        {
            throw SpecYaml.Error(entry, $"error codes '{clash}' and '{value}' would both be named {name}");
        }

        foreach (var required in new[] { "source", "description" })
        {
            if (string.IsNullOrWhiteSpace(entry.OptionalScalar(required)))
            {
                throw SpecYaml.Error(entry, $"error code '{value}' needs a {required}");
            }
        }

        return value;
    }

    private static IReadOnlyList<int> Statuses(YamlMappingNode entry)
        => entry.ScalarList("statuses", required: false)
            .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599
                ? status
                : throw SpecYaml.Error(entry.Child("statuses")!, $"error code '{entry.Scalar("code")}': status '{text}' is not an HTTP error status (400 to 599)"))
            .ToList();

    private static IEnumerable<YamlMappingNode> Holders(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                if (mapping.Child(Extension) is not null)
                {
                    yield return mapping;
                }

                foreach (var child in mapping.Children.Values.SelectMany(Holders))
                {
                    yield return child;
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children.SelectMany(Holders))
                {
                    yield return child;
                }

                break;
        }
    }

    // XML doc text; the spec's `code` spans become <c>code</c>.
    private static string Escape(string text)
        => Regex.Replace(text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", "").Replace("\n", " "), "`([^`]+)`", "<c>$1</c>");
}
