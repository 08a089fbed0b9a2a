using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>Small helpers over YamlDotNet's node model that fail with the spec line instead of a cast exception.</summary>
internal static class SpecYaml
{
    public static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        try
        {
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new SpecException(error.Message, error.Start.Line, error.Start.Column);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SpecException("the spec must be one YAML document whose root is a mapping", 1, 1);
        }

        return root;
    }

    public static YamlNode? Child(this YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode Mapping(this YamlMappingNode node, string key)
        => node.Child(key) switch
        {
            YamlMappingNode mapping => mapping,
            null => throw Error(node, $"'{key}' is missing"),
            var other => throw Error(other, $"'{key}' must be a mapping"),
        };

    public static string Scalar(this YamlMappingNode node, string key)
        => node.OptionalScalar(key) ?? throw Error(node, $"'{key}' is missing");

    public static string? OptionalScalar(this YamlMappingNode node, string key)
        => node.Child(key) switch
        {
            null => null,
            YamlScalarNode { Value: { } value } => value,
            var other => throw Error(other, $"'{key}' must be a single value"),
        };

    /// <summary>A single value, or null when the key is missing or holds something else.</summary>
    public static string? OptionalScalarOrNull(this YamlMappingNode node, string key)
        => node.Child(key) is YamlScalarNode { Value: { } value } ? value : null;

    public static IReadOnlyList<string> ScalarList(this YamlMappingNode node, string key, bool required)
    {
        switch (node.Child(key))
        {
            case null when !required:
                return [];
            case null:
                throw Error(node, $"'{key}' is missing");
            case YamlSequenceNode sequence:
                return sequence.Children
                    .Select(item => item is YamlScalarNode { Value: { } text }
                        ? text
                        : throw Error(item, $"'{key}' must list single values"))
                    .ToList();
            case var other:
                throw Error(other, $"'{key}' must be a list");
        }
    }

    /// <summary>Follows a local <c>$ref</c> ("#/components/schemas/X") to the schema it names.</summary>
    public static YamlMappingNode Resolve(YamlMappingNode root, YamlMappingNode schema)
    {
        var reference = schema.OptionalScalar("$ref");
        if (reference is null)
        {
            return schema;
        }

        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw Error(schema, $"only local references are supported, not '{reference}'");
        }

        var current = root;
        foreach (var part in reference[2..].Split('/'))
        {
            current = current.Mapping(part);
        }

        return current;
    }

    public static SpecException Error(YamlNode node, string message)
        => new(message, node.Start.Line, node.Start.Column);
}
