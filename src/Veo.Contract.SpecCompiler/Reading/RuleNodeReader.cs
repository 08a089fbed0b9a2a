using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Reads one JSON Schema object of a rule. A keyword the analyzer, Validate() and the fake could not all enforce the
/// same way (unknown, misspelt, wrong for the field's type, a pattern ECMAScript cannot read, a field the request does
/// not have) stops the build at its line: a constraint is enforced everywhere or the spec does not compile.
/// </summary>
internal static class RuleNodeReader
{
    /// <summary>Keywords about the value a schema applies to.</summary>
    public static readonly string[] ValueKeywords =
        ["enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern"];

    /// <summary>Keywords that combine subschemas.</summary>
    public static readonly string[] Applicators = ["allOf", "anyOf", "oneOf", "not", "if", "then", "else"];

    private static readonly string[] NumberKeywords = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];

    private static readonly string[] TextKeywords = ["minLength", "maxLength", "pattern"];

    private static readonly string[] Annotations = ["description", "title", "$comment", "examples"];

    /// <summary>
    /// The node the <paramref name="mappings"/> state together (a property and the component it refers to) for the value
    /// of <paramref name="at"/> (null: the request). Keys in <paramref name="skip"/> belong to someone else (the shape).
    /// </summary>
    public static SpecNode Read(YamlMappingNode root, IReadOnlyList<YamlMappingNode> mappings, SpecField? at, IReadOnlyList<SpecField> shape, ISet<string> skip)
    {
        var node = new SpecNode(mappings[0]);
        foreach (var mapping in mappings)
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value!;
                if (!skip.Contains(key))
                {
                    ReadKeyword(root, node, key, keyNode, value, at, shape);
                }
            }
        }

        CheckRanges(node, at);
        return node;
    }

    /// <summary>A subschema: its own mapping, or the component its $ref names.</summary>
    private static SpecNode ReadSubschema(YamlMappingNode root, YamlNode value, SpecField? at, IReadOnlyList<SpecField> shape, string keyword)
    {
        if (value is not YamlMappingNode mapping)
        {
            throw SpecYaml.Error(value, $"'{keyword}' must be a schema mapping");
        }

        var resolved = SpecYaml.Resolve(root, mapping);
        var mappings = ReferenceEquals(resolved, mapping) ? new[] { mapping } : new[] { mapping, resolved };
        return Read(root, mappings, at, shape, new HashSet<string> { "$ref" });
    }

    private static void ReadKeyword(YamlMappingNode root, SpecNode node, string key, YamlNode keyNode, YamlNode value, SpecField? at, IReadOnlyList<SpecField> shape)
    {
        var field = at?.WireName ?? "the request";
        if (ValueKeywords.Contains(key) && (at is null || at.IsObject))
        {
            throw SpecYaml.Error(keyNode, $"'{key}' applies to a field's value, not to {(at is null ? "the request" : $"object '{field}'")}; put it under properties");
        }

        if (NumberKeywords.Contains(key) && at!.Type is not ("integer" or "number"))
        {
            throw SpecYaml.Error(keyNode, $"field '{field}': {key} applies to numbers only");
        }

        if (TextKeywords.Contains(key) && at!.Type != "string")
        {
            throw SpecYaml.Error(keyNode, $"field '{field}': {key} applies to strings only");
        }

        switch (key)
        {
            case "type":
                node.Type = Scalar(value, key);
                break;
            case "enum":
                node.Enum = value is YamlSequenceNode { Children.Count: > 0 } list
                    ? list.Children.Select(item => Literal(item, key)).ToList()
                    : throw SpecYaml.Error(value, $"field '{field}': enum must list at least one value");
                break;
            case "const":
                node.Enum = [Literal(value, key)];
                node.IsConst = true;
                break;
            case "minimum":
                node.Minimum = Number(value, key, field);
                break;
            case "maximum":
                node.Maximum = Number(value, key, field);
                break;
            case "exclusiveMinimum":
                node.ExclusiveMinimum = Number(value, key, field);
                break;
            case "exclusiveMaximum":
                node.ExclusiveMaximum = Number(value, key, field);
                break;
            case "multipleOf":
                node.MultipleOf = Number(value, key, field);
                if (Parse(node.MultipleOf) <= 0)
                {
                    throw SpecYaml.Error(value, $"field '{field}': multipleOf must be greater than 0, not {node.MultipleOf}");
                }

                break;
            case "minLength":
                node.MinLength = Length(value, key, field);
                break;
            case "maxLength":
                node.MaxLength = Length(value, key, field);
                break;
            case "pattern":
                node.Pattern = Pattern(value, field);
                break;
            case "required":
                node.Required.AddRange(Names(value, key, shape, field).Select(name => name.Field));
                break;
            case "properties":
                foreach (var (name, schema) in Properties(value, shape, field))
                {
                    node.Properties.Add((name, ReadSubschema(root, schema, name, name.Members, name.WireName)));
                }

                break;
            case "allOf" or "anyOf" or "oneOf":
                var parts = value is YamlSequenceNode { Children.Count: > 0 } sequence
                    ? sequence.Children.Select(part => ReadSubschema(root, part, at, shape, key)).ToList()
                    : throw SpecYaml.Error(value, $"'{key}' must list at least one schema");
                (key == "allOf" ? node.AllOf : key == "anyOf" ? node.AnyOf : node.OneOf).AddRange(parts);
                break;
            case "not":
                node.Not = ReadSubschema(root, value, at, shape, key);
                break;
            case "if":
                node.If = ReadSubschema(root, value, at, shape, key);
                break;
            case "then":
                node.Then = ReadSubschema(root, value, at, shape, key);
                break;
            case "else":
                node.Else = ReadSubschema(root, value, at, shape, key);
                break;
            case RuleAnnotationReader.Key:
                throw SpecYaml.Error(keyNode, "x-rule marks a whole constraint (a field's keywords, an allOf or x-advice entry); the parts of one carry none");
            default:
                if (!Annotations.Contains(key))
                {
                    throw SpecYaml.Error(keyNode, $"{(at is null ? "a rule" : $"field '{field}'")}: keyword '{key}' is not supported; the analyzer, Validate() and the fake could not enforce it");
                }

                break;
        }
    }

    private static void CheckRanges(SpecNode node, SpecField? at)
    {
        if (node.Minimum is not null && node.Maximum is not null && Parse(node.Minimum) > Parse(node.Maximum))
        {
            throw SpecYaml.Error(node.Where, $"field '{at?.WireName}': maximum {node.Maximum} is below minimum {node.Minimum}");
        }

        if (node.MinLength > node.MaxLength)
        {
            throw SpecYaml.Error(node.Where, $"field '{at?.WireName}': maxLength {node.MaxLength} is below minLength {node.MinLength}");
        }

        if (node.If is null && (node.Then is not null || node.Else is not null))
        {
            throw SpecYaml.Error(node.Where, "then and else need an if");
        }
    }

    private static IEnumerable<(SpecField Field, YamlNode Schema)> Properties(YamlNode value, IReadOnlyList<SpecField> shape, string field)
    {
        if (value is not YamlMappingNode mapping)
        {
            throw SpecYaml.Error(value, "'properties' must map field names to schemas");
        }

        foreach (var (key, schema) in mapping.Children)
        {
            yield return (Find(key, shape, field), schema);
        }
    }

    private static IEnumerable<(SpecField Field, YamlNode Where)> Names(YamlNode value, string keyword, IReadOnlyList<SpecField> shape, string field)
    {
        if (value is not YamlSequenceNode list)
        {
            throw SpecYaml.Error(value, $"'{keyword}' must list field names");
        }

        return list.Children.Select(item => (Find(item, shape, field), item)).ToList();
    }

    private static SpecField Find(YamlNode name, IReadOnlyList<SpecField> shape, string owner)
    {
        var text = Scalar(name, "field name");
        return shape.FirstOrDefault(field => field.Name == text)
            ?? throw SpecYaml.Error(name, $"field '{text}' is not one of the properties of {owner} ({string.Join(", ", shape.Select(f => f.Name))})");
    }

    /// <summary>A YAML scalar as JSON would read it: plain numbers and true/false keep their type, quoted values are strings.</summary>
    private static SpecLiteral Literal(YamlNode node, string keyword)
    {
        var text = Scalar(node, keyword);
        var plain = ((YamlScalarNode)node).Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return new SpecLiteral("Number", number.ToString(CultureInfo.InvariantCulture));
        }

        if (plain && text is "true" or "false")
        {
            return new SpecLiteral("Boolean", text);
        }

        if (plain && text is "null" or "~" or "")
        {
            throw SpecYaml.Error(node, $"{keyword}: null is never sent (an unset field is left out), so it cannot be a value to allow");
        }

        return new SpecLiteral("String", text);
    }

    private static string Scalar(YamlNode node, string what)
        => node is YamlScalarNode { Value: { } text } ? text : throw SpecYaml.Error(node, $"'{what}' must be a single value");

    private static string Number(YamlNode value, string keyword, string field)
    {
        var text = Scalar(value, keyword);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            throw SpecYaml.Error(value, $"field '{field}': {keyword} '{text}' is not a number");
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static decimal Parse(string number) => decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Length(YamlNode value, string keyword, string field)
    {
        var text = Scalar(value, keyword);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw SpecYaml.Error(value, $"field '{field}': {keyword} '{text}' is not a whole number of 0 or more");
    }

    /// <summary>JSON Schema patterns are ECMAScript regular expressions; every consumer evaluates them with RegexOptions.ECMAScript.</summary>
    private static string Pattern(YamlNode value, string field)
    {
        var pattern = Scalar(value, "pattern");
        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw SpecYaml.Error(value, $"field '{field}': pattern '{pattern}' is not an ECMAScript regular expression .NET can evaluate: {error.Message}");
        }

        return pattern;
    }
}
