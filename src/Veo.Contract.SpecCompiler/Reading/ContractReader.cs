using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Reads the request schema of the spec: the one component schema that carries rules (x-rule annotations), its fields
/// and its rules, and the known values each field's constants class names.
/// </summary>
internal static class ContractReader
{
    public static SpecContract Read(string specPath) => Read(SpecYaml.Load(specPath));

    public static SpecContract Read(YamlMappingNode root)
    {
        var schemas = root.Mapping("components").Mapping("schemas");
        var owners = RequestBodySchemas(root)
            .Distinct()
            .Where(name => schemas.Child(name) is YamlMappingNode schema && HasRules(root, schema, []))
            .ToList();
        if (owners.Count != 1)
        {
            throw SpecYaml.Error(schemas, $"exactly one request body schema must carry rules (x-rule annotations), found {owners.Count}: {string.Join(", ", owners)}");
        }

        var name = owners[0];
        var request = schemas.Mapping(name);
        if (request.OptionalScalar("type") != "object")
        {
            throw SpecYaml.Error(request, $"the request schema '{name}' must be an object");
        }

        var (fields, allowsOther) = FieldReader.ReadObject(root, request, "", "");
        var rules = RulesReader.Read(root, request, fields);
        var help = (root.Child("info") as YamlMappingNode)?.OptionalScalar("x-diagnostics-help");
        var contract = new SpecContract(name, fields, allowsOther, rules, help);
        AssignKnownValues(contract);
        return contract;
    }

    /// <summary>The component names the operations' JSON request bodies refer to.</summary>
    private static IEnumerable<string> RequestBodySchemas(YamlMappingNode root)
    {
        const string prefix = "#/components/schemas/";
        var paths = root.Child("paths") as YamlMappingNode;
        foreach (var operation in paths?.Children.Values.OfType<YamlMappingNode>().SelectMany(path => path.Children.Values.OfType<YamlMappingNode>()) ?? [])
        {
            var reference = ((operation.Child("requestBody") as YamlMappingNode)?.Child("content") as YamlMappingNode)?
                .Children.Values.OfType<YamlMappingNode>()
                .Select(media => (media.Child("schema") as YamlMappingNode)?.OptionalScalar("$ref"))
                .FirstOrDefault(text => text is not null && text.StartsWith(prefix, StringComparison.Ordinal));
            if (reference is not null)
            {
                yield return reference[prefix.Length..];
            }
        }
    }

    /// <summary>Whether an x-rule sits anywhere in the schema or what it refers to.</summary>
    private static bool HasRules(YamlMappingNode root, YamlNode node, HashSet<YamlNode> seen)
    {
        if (!seen.Add(node))
        {
            return false;
        }

        return node switch
        {
            YamlMappingNode mapping => mapping.Child(RuleAnnotationReader.Key) is not null
                || (mapping.OptionalScalarOrNull("$ref") is { } reference && reference.StartsWith("#/", StringComparison.Ordinal) && HasRules(root, SpecYaml.Resolve(root, mapping), seen))
                || mapping.Children.Values.Any(child => HasRules(root, child, seen)),
            YamlSequenceNode list => list.Children.Any(child => HasRules(root, child, seen)),
            _ => false,
        };
    }

    /// <summary>
    /// A field's named constants (VeoModels) are the values its one x-advice enum lists: said once, in the standard.
    /// Only an enum the advice states for the field outright counts; one inside an if, not or then is a condition about
    /// some of the values (the models a warning is about), not the list of them.
    /// </summary>
    private static void AssignKnownValues(SpecContract contract)
    {
        foreach (var field in contract.AllFields().Where(field => field.ConstantsClass is not null))
        {
            var lists = contract.Rules
                .Where(rule => rule.IsAdvice)
                .SelectMany(rule => Unconditional(rule.Schema))
                .Where(property => ReferenceEquals(property.Field, field) && property.Schema.Enum is not null && !property.Schema.IsConst)
                .Select(property => property.Schema.Enum!)
                .ToList();
            if (lists.Count != 1)
            {
                throw SpecYaml.Error(field.Node, $"field '{field.WireName}': x-constants-class names the values of the field's one x-advice enum, and {lists.Count} were found");
            }

            field.KnownValues = lists[0].Select(value => value.Text).ToList();
        }
    }

    /// <summary>The properties a schema constrains whenever it applies: through properties and allOf, not through conditions or alternatives.</summary>
    private static IEnumerable<(SpecField Field, SpecNode Schema)> Unconditional(SpecNode node)
        => node.Properties.SelectMany(property => Unconditional(property.Schema).Prepend(property))
            .Concat(node.AllOf.SelectMany(Unconditional));
}
