using System.Text;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Emits a static class of string constants for every x-constants-class: a request field's known values (its x-advice
/// enum) or a response schema's x-extensible-enum. The values stay plain strings (new ids must not break anyone) but
/// users still get names to type.
/// </summary>
internal static class KnownValuesCodeWriter
{
    public static string Write(YamlMappingNode root, SpecContract contract, string ns)
    {
        var classes = contract.AllFields()
            .Where(field => field.ConstantsClass is not null)
            .Select(field => (Class: field.ConstantsClass!, Description: Description(field.Node as YamlMappingNode, field.ConstantsClass!), Values: field.KnownValues))
            .Concat(Descendants(root).Select(schema => (
                Class: schema.Scalar("x-constants-class"),
                Description: Description(schema, schema.Scalar("x-constants-class")),
                Values: schema.ScalarList("x-extensible-enum", required: true))))
            .ToList();
        var duplicate = classes.GroupBy(c => c.Class).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new SpecException($"x-constants-class {duplicate.Key} is named more than once", 1, 1);
        }

        var builder = new StringBuilder();
        builder.AppendLine("#nullable enable");
        builder.AppendLine($"namespace {ns}");
        builder.AppendLine("{");
        foreach (var (className, description, values) in classes)
        {
            builder.AppendLine($"    /// <summary>Known values: {Escape(description)}</summary>");
            builder.AppendLine("    [System.CodeDom.Compiler.GeneratedCode(\"Veo.Contract.SpecCompiler\", \"1.0\")]");
            builder.AppendLine($"    public static partial class {className}");
            builder.AppendLine("    {");
            foreach (var value in values)
            {
                builder.AppendLine($"        /// <summary>The wire value <c>{Escape(value)}</c>.</summary>");
                builder.AppendLine($"        public const string {DotNetNames.ToPascalCase(value)} = {CSharpText.Literal(value)};");
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

    private static string Description(YamlMappingNode? schema, string fallback)
        => (schema?.OptionalScalarOrNull("description") ?? fallback).Trim().Split('\n')[0];

    /// <summary>Schemas (responses) that list their known values in x-extensible-enum.</summary>
    private static IEnumerable<YamlMappingNode> Descendants(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            if (mapping.Child("x-constants-class") is not null && mapping.Child("x-extensible-enum") is not null)
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
