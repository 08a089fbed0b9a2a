using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Finds every constraint of the request schema and its x-rule: a field's own keywords (with those of the component it
/// refers to), each allOf entry of an object, an object's own required/if/not…, and each x-advice entry. A constraint
/// without an annotation, an annotation without a constraint, an error-level rule placed where validators ignore it,
/// advice placed where they enforce it, or an assumption made an error stops the build at its line.
/// </summary>
internal static partial class RulesReader
{
    public const string AdviceKey = "x-advice";

    /// <summary>What a property may say about its shape; none of it is a rule.</summary>
    private static readonly HashSet<string> ShapeKeys =
    [
        "type", "format", "description", "title", "default", "example", "examples", "x-enumNames", "x-constants-class",
        "x-extensible-enum", "$ref", "readOnly", "writeOnly", "deprecated", RuleAnnotationReader.Key,
    ];

    private static readonly string[] ObjectConstraintKeys = ["required", "anyOf", "oneOf", "not", "if", "then", "else"];

    private static readonly string[] ObjectKeys =
    [
        "type", "description", "title", "properties", "additionalProperties", "allOf", "example", "examples", "$ref",
        AdviceKey, RuleAnnotationReader.Key, .. ObjectConstraintKeys,
    ];

    private static readonly string[] Placeholders = ["Field", "value", "allowed", "didYouMean", "IfField", "ifValue", "ifAllowed", "length", "limit", "match"];

    public static List<SpecRule> Read(YamlMappingNode root, YamlMappingNode request, IReadOnlyList<SpecField> fields)
    {
        var rules = new List<SpecRule>();
        ReadObject(root, request, null, fields, rules);
        CheckIds(rules);
        return rules;
    }

    private static void ReadObject(YamlMappingNode root, YamlMappingNode schema, SpecField? at, IReadOnlyList<SpecField> members, List<SpecRule> rules)
    {
        var owner = at is null ? "the request" : $"object '{at.WireName}'";
        foreach (var key in schema.Children.Keys.Cast<YamlScalarNode>())
        {
            if (!ObjectKeys.Contains(key.Value))
            {
                throw SpecYaml.Error(key, $"{owner}: keyword '{key.Value}' is not supported; the analyzer, Validate() and the fake could not enforce it");
            }
        }

        if (schema.Child("properties") is YamlMappingNode properties)
        {
            foreach (var (key, value) in properties.Children)
            {
                var field = members.First(member => member.Name == ((YamlScalarNode)key).Value);
                ReadProperty(root, (YamlMappingNode)value, field, rules);
            }
        }

        // The object's own constraints (required, if/then…) form one rule, annotated on the object.
        var own = ObjectConstraintKeys.Where(key => schema.Child(key) is not null).ToList();
        var annotation = schema.Child(RuleAnnotationReader.Key);
        if (own.Count > 0)
        {
            var node = RuleNodeReader.Read(root, [schema], at, members, new HashSet<string>(ObjectKeys.Except(ObjectConstraintKeys)));
            rules.Add(Rule(annotation ?? throw Unannotated(schema.Child(own[0])!, owner), advice: false, at, node));
        }
        else if (annotation is not null)
        {
            throw SpecYaml.Error(annotation, $"{owner}: this x-rule annotates no constraint");
        }

        foreach (var entry in Entries(schema, "allOf"))
        {
            rules.Add(Rule(entry.Child(RuleAnnotationReader.Key) ?? throw Unannotated(entry, owner), advice: false, at, Entry(root, entry, at, members)));
        }

        foreach (var entry in Entries(schema, AdviceKey))
        {
            rules.Add(Rule(entry.Child(RuleAnnotationReader.Key) ?? throw Unannotated(entry, owner), advice: true, at, Entry(root, entry, at, members)));
        }
    }

    /// <summary>A property's own keywords, with those of the component it refers to, are one rule at that field.</summary>
    private static void ReadProperty(YamlMappingNode root, YamlMappingNode property, SpecField field, List<SpecRule> rules)
    {
        var schema = SpecYaml.Resolve(root, property);
        if (field.IsObject)
        {
            if (property.Child(RuleAnnotationReader.Key) is { } misplaced && !ReferenceEquals(schema, property))
            {
                throw SpecYaml.Error(misplaced, $"object '{field.WireName}': annotate its constraints in its schema, not on the reference");
            }

            ReadObject(root, schema, field, field.Members, rules);
            return;
        }

        var mappings = ReferenceEquals(schema, property) ? new[] { property } : new[] { property, schema };
        var annotations = mappings.Select(m => m.Child(RuleAnnotationReader.Key)).OfType<YamlNode>().ToList();
        if (annotations.Count > 1)
        {
            throw SpecYaml.Error(annotations[1], $"field '{field.WireName}': its constraints carry one x-rule, here or on the reference, not both");
        }

        var node = RuleNodeReader.Read(root, mappings, field, [], ShapeKeys);
        var constrains = node.Enum is not null || node.Minimum is not null || node.Maximum is not null || node.ExclusiveMinimum is not null
            || node.ExclusiveMaximum is not null || node.MultipleOf is not null || node.MinLength is not null || node.MaxLength is not null
            || node.Pattern is not null || node.AllOf.Count + node.AnyOf.Count + node.OneOf.Count > 0 || node.Not is not null || node.If is not null;
        if (constrains)
        {
            rules.Add(Rule(annotations.FirstOrDefault() ?? throw Unannotated(field.Node, $"field '{field.WireName}'"), advice: false, field, node));
        }
        else if (annotations.Count > 0)
        {
            throw SpecYaml.Error(annotations[0], $"field '{field.WireName}': this x-rule annotates no constraint");
        }
    }

    private static SpecNode Entry(YamlMappingNode root, YamlMappingNode entry, SpecField? at, IReadOnlyList<SpecField> members)
        => RuleNodeReader.Read(root, [entry], at, members, new HashSet<string> { RuleAnnotationReader.Key });

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode schema, string key)
    {
        switch (schema.Child(key))
        {
            case null:
                yield break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    yield return item as YamlMappingNode ?? throw SpecYaml.Error(item, $"each {key} entry must be a schema mapping");
                }

                break;
            case var other:
                throw SpecYaml.Error(other, $"'{key}' must be a list of schemas");
        }
    }

    private static SpecRule Rule(YamlNode where, bool advice, SpecField? field, SpecNode node)
    {
        var annotation = RuleAnnotationReader.Read(where);
        var id = annotation.Id;
        if (advice && annotation.Severity == "error")
        {
            throw SpecYaml.Error(where, $"rule {id}: x-advice holds warnings and infos, which validators ignore; an error belongs with the field's keywords or in allOf, where every validator enforces it");
        }

        if (!advice && annotation.Severity != "error")
        {
            throw SpecYaml.Error(where, $"rule {id} is a {annotation.Severity}: every validator enforces the keywords and allOf it sits in, so a rule that must never reject a request goes under x-advice");
        }

        if (annotation.SourceKind == "Assumption" && annotation.Severity == "error")
        {
            throw SpecYaml.Error(where, $"rule {id}: an assumption is never an error; name the vendor's page or a public document, or make it advice");
        }

        if (annotation.SourceKind == "Limit" && !IsUpperBound(node))
        {
            throw SpecYaml.Error(where, $"rule {id}: source 'limit' is for generous upper bounds of ours (maxLength, maximum); say who states this constraint");
        }

        CheckPlaceholders(annotation, node, where);
        return new SpecRule(annotation, advice, field, node, where);
    }

    private static bool IsUpperBound(SpecNode node)
        => (node.MaxLength is not null || node.Maximum is not null || node.ExclusiveMaximum is not null)
           && node.Enum is null && node.Minimum is null && node.ExclusiveMinimum is null && node.MultipleOf is null && node.MinLength is null
           && node.Pattern is null && node.Required.Count == 0 && node.Properties.Count == 0 && node.AllOf.Count + node.AnyOf.Count + node.OneOf.Count == 0
           && node.Not is null && node.If is null;

    /// <summary>A placeholder the evaluator cannot fill for this rule would show up raw in every message.</summary>
    private static void CheckPlaceholders(RuleAnnotation annotation, SpecNode node, YamlNode where)
    {
        var nodes = node.SelfAndDescendants().ToList();
        foreach (Match placeholder in Placeholder().Matches(annotation.Message))
        {
            var name = placeholder.Groups[1].Value;
            var fits = name switch
            {
                "IfField" or "ifValue" or "ifAllowed" => node.If is not null,
                "length" or "limit" => nodes.Any(n => n.MinLength is not null || n.MaxLength is not null),
                "match" => nodes.Any(n => n.Not?.SelfAndDescendants().Any(inner => inner.Pattern is not null) == true),
                // A pattern cannot be said in words (and a message never quotes one): {allowed} needs values, bounds or lengths.
                "allowed" => nodes.Any(Describable),
                "didYouMean" => nodes.Any(n => n.Enum is not null),
                _ => Placeholders.Contains(name),
            };
            if (!fits)
            {
                var message = Placeholders.Contains(name)
                    ? $"rule {annotation.Id}: placeholder {{{name}}} has no value for this rule ({{allowed}} needs listed values, bounds or lengths, never only a pattern: say what to write in the message itself; {{didYouMean}} an enum or const; {{IfField}}, {{ifValue}} and {{ifAllowed}} an if; {{length}} and {{limit}} a length; {{match}} a not with a pattern)"
                    : $"rule {annotation.Id}: unknown placeholder {{{name}}} in message; use {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}";
                throw SpecYaml.Error(((YamlMappingNode)where).Child("message")!, message);
            }
        }
    }

    private static bool Describable(SpecNode node)
        => node.Enum is not null || node.Minimum is not null || node.Maximum is not null || node.ExclusiveMinimum is not null
           || node.ExclusiveMaximum is not null || node.MultipleOf is not null || node.MinLength is not null || node.MaxLength is not null;

    /// <summary>One id is one diagnostic: its rules agree on severity and title, and one of them gives the title.</summary>
    private static void CheckIds(List<SpecRule> rules)
    {
        foreach (var group in rules.GroupBy(rule => rule.Id))
        {
            var first = group.First();
            foreach (var rule in group.Skip(1))
            {
                if (rule.Annotation.Severity != first.Annotation.Severity)
                {
                    throw SpecYaml.Error(rule.Where, $"rule {rule.Id} has severity {rule.Annotation.Severity} here and {first.Annotation.Severity} at line {first.Where.Start.Line}; one id has one severity");
                }

                if (rule.Annotation.Title is { } title && first.Annotation.Title is { } firstTitle && title != firstTitle)
                {
                    throw SpecYaml.Error(rule.Where, $"rule {rule.Id} is titled '{title}' here and '{firstTitle}' at line {first.Where.Start.Line}");
                }
            }

            if (group.All(rule => rule.Annotation.Title is null))
            {
                throw SpecYaml.Error(first.Where, $"rule {first.Id} has no title; give one of its x-rule annotations a title");
            }
        }
    }

    private static SpecException Unannotated(YamlNode where, string owner)
        => SpecYaml.Error(where, $"{owner}: this constraint has no x-rule; every constraint names its id, severity, title, message and source");

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();
}
