using System.Text;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Emits a static class of string constants for every schema with x-extensible-enum and x-constants-class:
/// the values stay plain strings (new ids must not break anyone) but users still get names to type.
/// </summary>
internal static class KnownValuesCodeWriter
{
    public static string Write(YamlMappingNode root, string ns)
    {
        var builder = new StringBuilder();
        builder.AppendLine("#nullable enable");
        builder.AppendLine($"namespace {ns}");
        builder.AppendLine("{");
        foreach (var schema in Descendants(root).OrderBy(node => node.Start.Line))
        {
            var className = schema.Scalar("x-constants-class");
            var values = schema.ScalarList("x-extensible-enum", required: true);
            var description = (schema.OptionalScalar("description") ?? className).Trim().Split('\n')[0];
            builder.AppendLine($"    /// <summary>Known values: {Escape(description)}</summary>");
            builder.AppendLine("    [System.CodeDom.Compiler.GeneratedCode(\"Veo.Contract.SpecCompiler\", \"1.0\")]");
            builder.AppendLine($"    public static partial class {className}");
            builder.AppendLine("    {");
            foreach (var value in values)
            {
                builder.AppendLine($"        /// <summary>The wire value <c>{Escape(value)}</c>.</summary>");
                builder.AppendLine($"        public const string {DotNetNames.ToPascalCase(value)} = \"{value}\";");
                builder.AppendLine();
            }

            builder.AppendLine("        /// <summary>Every value the spec lists, in its order.</summary>");
            builder.AppendLine($"        public static System.Collections.Generic.IReadOnlyList<string> All {{ get; }} = new[] {{ {string.Join(", ", values.Select(v => DotNetNames.ToPascalCase(v)))} }};");
            builder.AppendLine("    }");
            builder.AppendLine();
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private static IEnumerable<YamlMappingNode> Descendants(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            if (mapping.Child("x-constants-class") is not null)
            {
                yield return mapping;
            }

            foreach (var child in mapping.Children.Values.SelectMany(Descendants))
            {
                yield return child;
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            foreach (var child in sequence.Children.SelectMany(Descendants))
            {
                yield return child;
            }
        }
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
