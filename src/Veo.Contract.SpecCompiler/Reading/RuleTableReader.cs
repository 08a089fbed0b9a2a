using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Reads and checks the x-veo-rules extension against the request schema. Anything malformed (an unknown kind, a field
/// the schema does not have, a typo in a key, a schema keyword no rule reports) stops the build with the spec line, so
/// a broken rule can never ship silently.
/// </summary>
internal static partial class RuleTableReader
{
    private static readonly string[] Kinds =
        ["known-model", "allowed-values", "requires", "model-capability", "not-negation", "absolute-http-url", "schema"];

    private static readonly string[] Severities = ["error", "warning", "info"];

    /// <summary>The schema keywords a schema rule can report, in the order they are checked (the first broken one is reported).</summary>
    public static readonly string[] SchemaKeywords =
        ["required", "enum", "minimum", "maximum", "multipleOf", "minLength", "maxLength", "pattern"];

    private static readonly string[] RuleKeys =
        ["id", "severity", "title", "kind", "field", "values", "when", "capability", "negations", "keywords", "message"];

    private static readonly string[] Placeholders =
        ["Field", "WhenField", "value", "allowed", "whenValue", "model", "supportingModels", "negation", "length", "limit", "pattern"];

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
        var request = RequestSchemaReader.Read(root, schema);
        var rules = schema.Mapping("x-veo-rules");
        var modelField = ResolveField(request, "model", rules);
        var models = ReadModels(rules.Mapping("models"), modelField);
        var ruleList = rules.Child("rules") as YamlSequenceNode ?? throw SpecYaml.Error(rules, "'rules' must be a list");
        var read = new List<SpecRule>();
        foreach (var node in ruleList.Children)
        {
            var rule = ReadRule(request, models, node);
            if (read.Any(earlier => earlier.Id == rule.Id))
            {
                throw SpecYaml.Error(((YamlMappingNode)node).Child("id")!, $"rule id {rule.Id} is used more than once");
            }

            read.Add(rule);
        }

        CheckCapabilitiesUsed(rules.Mapping("models"), models, read);
        CheckKeywordsCovered(request, read, ruleList);
        return new SpecRuleTable(request, modelField, models, read);
    }

    /// <summary>Each model maps capability names to the values it accepts: a list, or <c>any</c>. Every model names the same capabilities.</summary>
    private static List<SpecModel> ReadModels(YamlMappingNode models, SpecField modelField)
    {
        var result = new List<SpecModel>();
        foreach (var (key, value) in models.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? throw SpecYaml.Error(key, "a model id is empty");
            if (value is not YamlMappingNode model)
            {
                throw SpecYaml.Error(value, $"model '{id}' must map each capability to its values (a list, or any)");
            }

            var capabilities = new List<(string, IReadOnlyList<string>?)>();
            foreach (var (name, values) in model.Children)
            {
                var capability = ((YamlScalarNode)name).Value!;
                capabilities.Add(values switch
                {
                    YamlScalarNode { Value: "any" } => (capability, null),
                    YamlSequenceNode => (capability, model.ScalarList(capability, required: true)),
                    _ => throw SpecYaml.Error(values, $"model '{id}': capability '{capability}' must be a list of values or 'any'"),
                });
            }

            if (result.Count > 0 && !result[0].Capabilities.Select(c => c.Name).SequenceEqual(capabilities.Select(c => c.Item1)))
            {
                throw SpecYaml.Error(value, $"model '{id}' must name the same capabilities as '{result[0].Id}' ({string.Join(", ", result[0].Capabilities.Select(c => c.Name))})");
            }

            result.Add(new SpecModel(id, capabilities));
        }

        if (result.Count == 0)
        {
            throw SpecYaml.Error(models, "x-veo-rules.models lists no model");
        }

        // The model ids are said twice (the field's known values, the capability table): they must agree.
        if (modelField.KnownValues.Count > 0 && !modelField.KnownValues.SequenceEqual(result.Select(m => m.Id)))
        {
            var keys = models.Children.Keys.ToList();
            var first = Enumerable.Range(0, keys.Count).FirstOrDefault(i => i >= modelField.KnownValues.Count || modelField.KnownValues[i] != result[i].Id, keys.Count);
            throw SpecYaml.Error(first < keys.Count ? keys[first] : models, $"x-veo-rules.models ({string.Join(", ", result.Select(m => m.Id))}) must list the model field's x-extensible-enum ({string.Join(", ", modelField.KnownValues)}) in the same order");
        }

        return result;
    }

    private static SpecRule ReadRule(SpecRequestSchema request, List<SpecModel> models, YamlNode node)
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
        // A schema rule without a field is the general one: it reports its keywords on every field no other rule names.
        var field = kind == "schema" && rule.Child("field") is null
            ? null
            : ResolveField(request, rule.Scalar("field"), rule.Child("field")!);
        var keywords = ReadKeywords(rule, kind, field, id);
        var values = rule.ScalarList("values", required: false);
        if (kind is "allowed-values" && values.Count == 0)
        {
            // Said once: an open-ended field's known values come from its x-extensible-enum (or enum).
            values = field!.KnownValues.Count > 0 ? field.KnownValues : field.Enum;
            if (values.Count == 0)
            {
                throw SpecYaml.Error(rule, $"rule {id}: 'values' is missing and field '{field.WireName}' lists no known values");
            }
        }

        if (kind == "requires" && values.Count == 0)
        {
            throw SpecYaml.Error(rule, $"rule {id}: 'values' is missing");
        }

        SpecField? whenField = null;
        IReadOnlyList<string> whenValues = [];
        if (kind == "requires")
        {
            var when = rule.Mapping("when");
            whenField = ResolveField(request, when.Scalar("field"), when.Child("field")!);
            whenValues = when.ScalarList("in", required: true);
        }

        var capability = kind == "model-capability"
            ? OneOf(rule, "capability", models[0].Capabilities.Select(c => c.Name).ToArray(), id)
            : null;
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

        return new SpecRule(id, severity, rule.Scalar("title"), kind, field, values, whenField, whenValues, capability, negations, keywords, message);
    }

    private static IReadOnlyList<string> ReadKeywords(YamlMappingNode rule, string kind, SpecField? field, string id)
    {
        var keywords = rule.ScalarList("keywords", required: kind == "schema");
        if (kind != "schema" && keywords.Count > 0)
        {
            throw SpecYaml.Error(rule.Child("keywords")!, $"rule {id}: only schema rules list keywords");
        }

        foreach (var keyword in keywords)
        {
            if (!SchemaKeywords.Contains(keyword))
            {
                throw SpecYaml.Error(rule.Child("keywords")!, $"rule {id}: keyword '{keyword}' is not one of {string.Join(", ", SchemaKeywords)}");
            }

            if (field is not null && !field.Keywords().Contains(keyword))
            {
                throw SpecYaml.Error(rule.Child("keywords")!, $"rule {id}: field '{field.WireName}' states no '{keyword}'");
            }
        }

        return keywords;
    }

    private static void CheckCapabilitiesUsed(YamlMappingNode node, List<SpecModel> models, List<SpecRule> rules)
    {
        foreach (var (name, _) in models[0].Capabilities)
        {
            if (!rules.Any(rule => rule.Capability == name))
            {
                throw SpecYaml.Error(node, $"capability '{name}' is checked by no model-capability rule");
            }
        }
    }

    /// <summary>Every keyword a field states is reported by exactly one rule: its own, else the general rule for that keyword.</summary>
    private static void CheckKeywordsCovered(SpecRequestSchema request, List<SpecRule> rules, YamlSequenceNode where)
    {
        var schemaRules = rules.Where(rule => rule.Kind == "schema").ToList();
        foreach (var keyword in SchemaKeywords)
        {
            var general = schemaRules.Where(rule => rule.Field is null && rule.Keywords.Contains(keyword)).ToList();
            if (general.Count > 1)
            {
                throw SpecYaml.Error(where, $"rules {general[0].Id} and {general[1].Id} both report '{keyword}' for every field");
            }
        }

        foreach (var field in request.ValueFields())
        {
            foreach (var keyword in field.Keywords())
            {
                var own = schemaRules.Where(rule => rule.Field == field && rule.Keywords.Contains(keyword)).ToList();
                if (own.Count > 1)
                {
                    throw SpecYaml.Error(where, $"rules {own[0].Id} and {own[1].Id} both report '{keyword}' of field '{field.WireName}'");
                }

                if (own.Count == 0 && !schemaRules.Any(rule => rule.Field is null && rule.Keywords.Contains(keyword)))
                {
                    throw SpecYaml.Error(field.Node, $"field '{field.WireName}': '{keyword}' is reported by no rule; add a schema rule for it to x-veo-rules");
                }
            }
        }
    }

    private static string OneOf(YamlMappingNode rule, string key, string[] allowed, string id)
    {
        var value = rule.Scalar(key);
        return allowed.Contains(value)
            ? value
            : throw SpecYaml.Error(rule.Child(key)!, $"rule {id}: {key} '{value}' is not one of {string.Join(", ", allowed)}");
    }

    private static SpecField ResolveField(SpecRequestSchema request, string path, YamlNode where)
    {
        var field = request.Find(path);
        if (field is null || field.IsObject)
        {
            var missing = path.Split('.').FirstOrDefault(segment => request.AllFields().All(f => f.WireName.Split('.').Last() != segment)) ?? path;
            throw SpecYaml.Error(where, field is null
                ? $"field '{path}' does not exist in the schema ('{missing}' not found)"
                : $"field '{path}' is an object; name one of its fields");
        }

        return field;
    }

    [GeneratedRegex("^VEO[0-9]{4}$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();
}
