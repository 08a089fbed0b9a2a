using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Reads and checks the x-veo-rules extension. Anything malformed (an unknown kind, a field the schema does
/// not have, a typo in a key) stops the build with the spec line, so a broken rule can never ship silently.
/// </summary>
internal static partial class RuleTableReader
{
    private static readonly string[] Kinds =
        ["known-model", "allowed-values", "requires", "model-capability", "not-blank", "not-negation", "absolute-http-url"];

    private static readonly string[] Severities = ["error", "warning", "info"];

    private static readonly string[] Capabilities = ["resolutions", "seed"];

    private static readonly string[] RuleKeys =
        ["id", "severity", "title", "kind", "field", "values", "when", "capability", "negations", "message"];

    private static readonly string[] Placeholders =
        ["Field", "WhenField", "value", "allowed", "whenValue", "model", "supportingModels", "negation"];

    public static SpecRuleTable Read(string specPath)
    {
        var root = SpecYaml.Load(specPath);
        var schemas = root.Mapping("components").Mapping("schemas");
        var owners = schemas.Children
            .Where(entry => entry.Value is YamlMappingNode schema && schema.Child("x-veo-rules") is not null)
            .ToList();
        if (owners.Count != 1)
        {
            throw SpecYaml.Error(schemas, $"exactly one schema must carry x-veo-rules, found {owners.Count}");
        }

        var schema = (YamlMappingNode)owners[0].Value;
        var rules = schema.Mapping("x-veo-rules");
        var models = ReadModels(rules.Mapping("models"));
        var modelField = ResolveField(root, schema, "model", rules);
        var ruleList = rules.Child("rules") as YamlSequenceNode ?? throw SpecYaml.Error(rules, "'rules' must be a list");
        var read = new List<SpecRule>();
        foreach (var node in ruleList.Children)
        {
            var rule = ReadRule(root, schema, node);
            if (read.Any(earlier => earlier.Id == rule.Id))
            {
                throw SpecYaml.Error(((YamlMappingNode)node).Child("id")!, $"rule id {rule.Id} is used more than once");
            }

            read.Add(rule);
        }

        return new SpecRuleTable(modelField, models, read);
    }

    private static List<SpecModel> ReadModels(YamlMappingNode models)
    {
        var result = new List<SpecModel>();
        foreach (var (key, value) in models.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? throw SpecYaml.Error(key, "a model id is empty");
            if (value is not YamlMappingNode model)
            {
                throw SpecYaml.Error(value, $"model '{id}' must be a mapping with resolutions and seed");
            }

            var seed = model.Scalar("seed") switch
            {
                "true" => true,
                "false" => false,
                var other => throw SpecYaml.Error(model, $"model '{id}': seed must be true or false, not '{other}'"),
            };
            result.Add(new SpecModel(id, model.ScalarList("resolutions", required: true), seed));
        }

        if (result.Count == 0)
        {
            throw SpecYaml.Error(models, "x-veo-rules.models lists no model");
        }

        return result;
    }

    private static SpecRule ReadRule(YamlMappingNode root, YamlMappingNode schema, YamlNode node)
    {
        if (node is not YamlMappingNode rule)
        {
            throw SpecYaml.Error(node, "each rule must be a mapping");
        }

        foreach (var key in rule.Children.Keys.Cast<YamlScalarNode>())
        {
            if (!RuleKeys.Contains(key.Value))
            {
                throw SpecYaml.Error(key, $"unknown rule key '{key.Value}'; expected one of {string.Join(", ", RuleKeys)}");
            }
        }

        var id = rule.Scalar("id");
        if (!RuleId().IsMatch(id))
        {
            throw SpecYaml.Error(rule.Child("id")!, $"rule id '{id}' must look like VEO0001");
        }

        var severity = OneOf(rule, "severity", Severities, id);
        var kind = OneOf(rule, "kind", Kinds, id);
        var field = ResolveField(root, schema, rule.Scalar("field"), rule.Child("field")!);
        var values = rule.ScalarList("values", required: kind is "allowed-values" or "requires");
        SpecField? whenField = null;
        IReadOnlyList<string> whenValues = [];
        if (kind == "requires")
        {
            var when = rule.Mapping("when");
            whenField = ResolveField(root, schema, when.Scalar("field"), when.Child("field")!);
            whenValues = when.ScalarList("in", required: true);
        }

        var capability = kind == "model-capability" ? OneOf(rule, "capability", Capabilities, id) : null;
        var negations = rule.ScalarList("negations", required: kind == "not-negation")
            .OrderByDescending(word => word.Length)
            .ToList();
        var message = rule.Scalar("message");
        foreach (Match placeholder in Placeholder().Matches(message))
        {
            if (!Placeholders.Contains(placeholder.Groups[1].Value))
            {
                throw SpecYaml.Error(rule.Child("message")!, $"rule {id}: unknown placeholder {placeholder.Value} in message; use {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}");
            }
        }

        return new SpecRule(id, severity, rule.Scalar("title"), kind, field, values, whenField, whenValues, capability, negations, message);
    }

    private static string OneOf(YamlMappingNode rule, string key, string[] allowed, string id)
    {
        var value = rule.Scalar(key);
        return allowed.Contains(value)
            ? value
            : throw SpecYaml.Error(rule.Child(key)!, $"rule {id}: {key} '{value}' is not one of {string.Join(", ", allowed)}");
    }

    /// <summary>Walks a dotted wire path through the schema's properties (following $ref) to check it exists and find its default.</summary>
    private static SpecField ResolveField(YamlMappingNode root, YamlMappingNode schema, string path, YamlNode where)
    {
        var current = schema;
        string? defaultValue = null;
        foreach (var segment in path.Split('.'))
        {
            var properties = SpecYaml.Resolve(root, current).Child("properties") as YamlMappingNode;
            if (properties?.Child(segment) is not YamlMappingNode property)
            {
                throw SpecYaml.Error(where, $"field '{path}' does not exist in the schema ('{segment}' not found)");
            }

            current = property;
            defaultValue = property.OptionalScalar("default") ?? SpecYaml.Resolve(root, property).OptionalScalar("default");
        }

        return new SpecField(path, DotNetNames.ToPropertyPath(path), defaultValue);
    }

    [GeneratedRegex("^VEO[0-9]{4}$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();
}
