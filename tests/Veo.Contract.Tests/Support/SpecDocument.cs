using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.Tests.Support;

/// <summary>
/// The spec parsed as YAML (YamlDotNet's node model, as the spec compiler reads it), so tests compare the rule engine
/// with the spec's data rather than with its text: a reformat of the YAML changes nothing here.
/// </summary>
internal sealed class SpecDocument
{
    private SpecDocument(YamlMappingNode root)
    {
        Root = root;
        RequestSchema = Map(Map(Map(root, "components"), "schemas"), "CreateTaskRequest");
        Rules = Annotated(RequestSchema).ToList();
    }

    public static SpecDocument Instance { get; } = Load(RepoPaths.Spec);

    public YamlMappingNode Root { get; }

    /// <summary>The create request's schema.</summary>
    public YamlMappingNode RequestSchema { get; }

    /// <summary>
    /// Every constraint of the request with its x-rule, in the order the spec compiler lists them: each field's own
    /// keywords (with the component it refers to), then the request's allOf entries, then its x-advice entries.
    /// </summary>
    public IReadOnlyList<(YamlMappingNode Schema, YamlMappingNode Rule, string? Field)> Rules { get; }

    public static SpecDocument Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? new SpecDocument(root)
            : throw new InvalidOperationException($"{path} must hold one YAML document whose root is a mapping");
    }

    /// <summary>The constraint whose x-rule has <paramref name="id"/>; it must be the only one.</summary>
    public YamlMappingNode Rule(string id) => Rules.Single(rule => Scalar(rule.Rule, "id") == id).Schema;

    /// <summary>A request field by wire path (<c>extra.personGeneration</c>), with a <c>$ref</c> to a shared schema followed.</summary>
    public YamlMappingNode Field(string wirePath)
    {
        var schema = RequestSchema;
        foreach (var segment in wirePath.Split('.'))
        {
            schema = Resolve(Map(Map(schema, "properties"), segment));
        }

        return schema;
    }

    public YamlMappingNode Resolve(YamlMappingNode schema)
    {
        if (Scalar(schema, "$ref") is not { } reference)
        {
            return schema;
        }

        var node = Root;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            node = Map(node, part);
        }

        return node;
    }

    private IEnumerable<(YamlMappingNode Schema, YamlMappingNode Rule, string? Field)> Annotated(YamlMappingNode schema, string prefix = "")
    {
        if (Child(schema, "properties") is YamlMappingNode properties)
        {
            foreach (var (key, value) in properties.Children)
            {
                var name = prefix + ((YamlScalarNode)key).Value;
                var property = (YamlMappingNode)value;
                var resolved = Resolve(property);
                if (Scalar(resolved, "type") == "object")
                {
                    foreach (var nested in Annotated(resolved, name + "."))
                    {
                        yield return nested;
                    }
                }
                else if ((Child(property, "x-rule") ?? Child(resolved, "x-rule")) is YamlMappingNode rule)
                {
                    yield return (resolved, rule, name);
                }
            }
        }

        foreach (var key in new[] { "allOf", "x-advice" })
        {
            if (Child(schema, key) is YamlSequenceNode entries)
            {
                foreach (var entry in entries.Children.Cast<YamlMappingNode>())
                {
                    yield return (entry, Map(entry, "x-rule"), null);
                }
            }
        }
    }

    public static YamlNode? Child(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode Map(YamlMappingNode node, string key)
        => Child(node, key) as YamlMappingNode ?? throw new InvalidOperationException($"'{key}' is not a mapping at line {node.Start.Line}");

    /// <summary>A single value; null when the key is absent.</summary>
    public static string? Scalar(YamlMappingNode node, string key)
        => Child(node, key) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            var other => throw new InvalidOperationException($"'{key}' is not a single value at line {other.Start.Line}"),
        };

    /// <summary>A list of single values; empty when the key is absent.</summary>
    public static IReadOnlyList<string> List(YamlMappingNode node, string key)
        => Child(node, key) switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.Cast<YamlScalarNode>().Select(item => item.Value!).ToList(),
            var other => throw new InvalidOperationException($"'{key}' is not a list at line {other.Start.Line}"),
        };
}
