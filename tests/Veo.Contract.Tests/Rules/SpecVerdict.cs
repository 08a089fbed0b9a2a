using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Veo.Contract.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Veo.Contract.Tests.Support.SpecDocument;

namespace Veo.Contract.Tests.Rules;

/// <summary>
/// The rule ids a request of the truth table should get, worked out from the parsed spec alone (schema bounds,
/// requires rules, the model capability table), without the generated table or the rule engine.
/// Covers what the truth table varies: enum members, numbers and known models.
/// </summary>
internal static class SpecVerdict
{
    public static SortedSet<string> ExpectedIds(SpecDocument spec, IReadOnlyDictionary<string, string?> wireValues)
    {
        var ids = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var (field, value) in wireValues)
        {
            if (value is not null && BrokenKeyword(spec.Field(field), value) is { } keyword)
            {
                ids.Add(SchemaRuleId(spec, field, keyword));
            }
        }

        foreach (var rule in spec.Rules)
        {
            var kind = Scalar(rule, "kind");
            var field = Scalar(rule, "field");
            if (kind == "requires")
            {
                var when = Map(rule, "when");
                var trigger = Effective(spec, wireValues, Scalar(when, "field")!);
                var value = Effective(spec, wireValues, field!);
                if (trigger is not null && List(when, "in").Contains(trigger) && value is not null && !List(rule, "values").Contains(value))
                {
                    ids.Add(Scalar(rule, "id")!);
                }
            }
            else if (kind == "model-capability" && wireValues.GetValueOrDefault(field!) is { } value && wireValues["model"] is { } model)
            {
                var capability = Scalar(rule, "capability")!;
                if (!Supports(Map(spec.Models, model), capability, value)
                    && spec.Models.Children.Values.Cast<YamlMappingNode>().Any(other => Supports(other, capability, value)))
                {
                    ids.Add(Scalar(rule, "id")!);
                }
            }
        }

        return ids;
    }

    /// <summary>The wire spelling of an enum member, from the schema's enum and x-enumNames.</summary>
    public static string WireValue(SpecDocument spec, string field, string memberName)
    {
        var schema = spec.Field(field);
        return List(schema, "enum")[List(schema, "x-enumNames").ToList().IndexOf(memberName)];
    }

    private static string? Effective(SpecDocument spec, IReadOnlyDictionary<string, string?> wireValues, string field)
        => wireValues.GetValueOrDefault(field) ?? Scalar(spec.Field(field), "default");

    private static bool Supports(YamlMappingNode model, string capability, string value)
        => Child(model, capability) is YamlScalarNode { Value: "any" } || List(model, capability).Contains(value);

    private static string? BrokenKeyword(YamlMappingNode schema, string value)
    {
        var allowed = List(schema, "enum");
        if (allowed.Count > 0 && !allowed.Contains(value))
        {
            return "enum";
        }

        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return Bound(schema, "minimum") is { } min && number < min ? "minimum"
            : Bound(schema, "maximum") is { } max && number > max ? "maximum"
            : Bound(schema, "multipleOf") is { } step && number % step != 0 ? "multipleOf"
            : null;
    }

    private static decimal? Bound(YamlMappingNode schema, string key)
        => Scalar(schema, key) is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>The field's own schema rule for the keyword, else the general one.</summary>
    private static string SchemaRuleId(SpecDocument spec, string field, string keyword)
    {
        var schemaRules = spec.Rules.Where(rule => Scalar(rule, "kind") == "schema" && List(rule, "keywords").Contains(keyword)).ToList();
        var rule = schemaRules.FirstOrDefault(r => Scalar(r, "field") == field) ?? schemaRules.Single(r => Scalar(r, "field") is null);
        return Scalar(rule, "id")!;
    }
}
