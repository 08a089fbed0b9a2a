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
        var schemas = Map(Map(root, "components"), "schemas");
        RequestSchema = schemas.Children.Values.OfType<YamlMappingNode>().Single(schema => Child(schema, "x-veo-rules") is not null);
        var extension = Map(RequestSchema, "x-veo-rules");
        Rules = ((YamlSequenceNode)extension.Children[new YamlScalarNode("rules")]).Children.Cast<YamlMappingNode>().ToList();
        Models = Map(extension, "models");
    }

    public static SpecDocument Instance { get; } = Load(RepoPaths.Spec);

    public YamlMappingNode Root { get; }

    /// <summary>The schema that carries x-veo-rules (the create request).</summary>
    public YamlMappingNode RequestSchema { get; }

    /// <summary>x-veo-rules.rules, in spec order.</summary>
    public IReadOnlyList<YamlMappingNode> Rules { get; }

    /// <summary>x-veo-rules.models: model id to capability name to a list of values or <c>any</c>.</summary>
    public YamlMappingNode Models { get; }

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

    public YamlMappingNode Rule(string id) => Rules.Single(rule => Scalar(rule, "id") == id);

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
