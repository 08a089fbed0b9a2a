using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// Reads the request schema's fields and their standard keywords. A keyword the analyzer, Validate() and the fake
/// could not all enforce (unknown, misspelt, wrong type for the field, a pattern ECMAScript cannot read) stops the
/// build at its line: a constraint is enforced everywhere or the spec does not compile.
/// </summary>
internal static class RequestSchemaReader
{
    private static readonly string[] Types = ["string", "integer", "number", "boolean", "object"];

    private static readonly string[] PropertyKeys =
    [
        "type", "format", "description", "default", "example", "enum", "x-enumNames", "minimum", "maximum", "multipleOf",
        "minLength", "maxLength", "pattern", "x-extensible-enum", "x-constants-class", "properties", "additionalProperties",
        "required", "x-veo-rules", "$ref",
    ];

    public static SpecRequestSchema Read(YamlMappingNode root, YamlMappingNode schema)
    {
        var (fields, allowsOther) = ReadObject(root, SpecYaml.Resolve(root, schema), "", "");
        return new SpecRequestSchema(fields, allowsOther);
    }

    private static (List<SpecField> Fields, bool AllowsOther) ReadObject(YamlMappingNode root, YamlMappingNode schema, string wirePrefix, string propertyPrefix)
    {
        var properties = schema.Mapping("properties");
        var required = schema.ScalarList("required", required: false);
        foreach (var name in required)
        {
            if (properties.Child(name) is null)
            {
                throw SpecYaml.Error(schema.Child("required")!, $"required field '{name}' is not one of the properties");
            }
        }

        var allowsOther = schema.OptionalScalar("additionalProperties") switch
        {
            null or "true" => true,
            "false" => false,
            var other => throw SpecYaml.Error(schema.Child("additionalProperties")!, $"additionalProperties must be true or false, not '{other}'"),
        };
        var fields = new List<SpecField>();
        foreach (var (key, value) in properties.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (value is not YamlMappingNode property)
            {
                throw SpecYaml.Error(value, $"field '{name}' must be a schema mapping");
            }

            fields.Add(ReadField(root, property, wirePrefix + name, propertyPrefix + DotNetNames.ToPascalCase(name), required.Contains(name)));
        }

        return (fields, allowsOther);
    }

    private static SpecField ReadField(YamlMappingNode root, YamlMappingNode property, string wireName, string propertyName, bool required)
    {
        var schema = SpecYaml.Resolve(root, property);
        foreach (var mapping in new[] { property, schema }.Distinct())
        {
            foreach (var key in mapping.Children.Keys.Cast<YamlScalarNode>())
            {
                if (!PropertyKeys.Contains(key.Value))
                {
                    throw SpecYaml.Error(key, $"field '{wireName}': keyword '{key.Value}' is not supported; the analyzer, Validate() and the fake could not enforce it");
                }
            }
        }

        string? Keyword(string key) => property.OptionalScalar(key) ?? schema.OptionalScalar(key);
        YamlNode Where(string key) => property.Child(key) ?? schema.Child(key) ?? property;

        var type = Keyword("type") ?? throw SpecYaml.Error(property, $"field '{wireName}' has no type");
        if (!Types.Contains(type))
        {
            throw SpecYaml.Error(Where("type"), $"field '{wireName}': type '{type}' is not one of {string.Join(", ", Types)}");
        }

        var numeric = type is "integer" or "number";
        var text = type == "string";
        var minimum = Number(Keyword("minimum"), "minimum", numeric, wireName, Where("minimum"));
        var maximum = Number(Keyword("maximum"), "maximum", numeric, wireName, Where("maximum"));
        var multipleOf = Number(Keyword("multipleOf"), "multipleOf", numeric, wireName, Where("multipleOf"));
        if (minimum is not null && maximum is not null && Parse(minimum) > Parse(maximum))
        {
            throw SpecYaml.Error(Where("maximum"), $"field '{wireName}': maximum {maximum} is below minimum {minimum}");
        }

        if (multipleOf is not null && Parse(multipleOf) <= 0)
        {
            throw SpecYaml.Error(Where("multipleOf"), $"field '{wireName}': multipleOf must be greater than 0, not {multipleOf}");
        }

        var minLength = Length(Keyword("minLength"), "minLength", text, wireName, Where("minLength"));
        var maxLength = Length(Keyword("maxLength"), "maxLength", text, wireName, Where("maxLength"));
        if (minLength > maxLength)
        {
            throw SpecYaml.Error(Where("maxLength"), $"field '{wireName}': maxLength {maxLength} is below minLength {minLength}");
        }

        var pattern = Keyword("pattern");
        if (pattern is not null)
        {
            CheckPattern(pattern, text, wireName, Where("pattern"));
        }

        var values = List(property, schema, "enum");
        var names = List(property, schema, "x-enumNames");
        if (names.Count > 0 && names.Count != values.Count)
        {
            throw SpecYaml.Error(Where("x-enumNames"), $"field '{wireName}': x-enumNames lists {names.Count} names for {values.Count} enum values");
        }

        List<SpecField> members = [];
        var allowsOther = true;
        if (type == "object")
        {
            (members, allowsOther) = ReadObject(root, schema, wireName + ".", propertyName + ".");
        }
        else if (schema.Child("properties") is not null)
        {
            throw SpecYaml.Error(schema.Child("properties")!, $"field '{wireName}': only objects have properties");
        }

        return new SpecField(
            wireName,
            propertyName,
            Keyword("default"),
            type,
            Keyword("format"),
            required,
            values,
            names,
            List(property, schema, "x-extensible-enum"),
            Keyword("x-constants-class"),
            minimum,
            maximum,
            multipleOf,
            minLength,
            maxLength,
            pattern,
            members,
            allowsOther,
            property);
    }

    private static IReadOnlyList<string> List(YamlMappingNode property, YamlMappingNode schema, string key)
        => property.Child(key) is not null ? property.ScalarList(key, required: true) : schema.ScalarList(key, required: false);

    private static string? Number(string? text, string keyword, bool applies, string field, YamlNode where)
    {
        if (text is null)
        {
            return null;
        }

        if (!applies)
        {
            throw SpecYaml.Error(where, $"field '{field}': {keyword} applies to numbers only");
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            throw SpecYaml.Error(where, $"field '{field}': {keyword} '{text}' is not a number");
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static decimal Parse(string number) => decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int? Length(string? text, string keyword, bool applies, string field, YamlNode where)
    {
        if (text is null)
        {
            return null;
        }

        if (!applies)
        {
            throw SpecYaml.Error(where, $"field '{field}': {keyword} applies to strings only");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw SpecYaml.Error(where, $"field '{field}': {keyword} '{text}' is not a whole number of 0 or more");
    }

    /// <summary>JSON schema patterns are ECMAScript regular expressions; every consumer evaluates them with RegexOptions.ECMAScript.</summary>
    private static void CheckPattern(string pattern, bool applies, string field, YamlNode where)
    {
        if (!applies)
        {
            throw SpecYaml.Error(where, $"field '{field}': pattern applies to strings only");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw SpecYaml.Error(where, $"field '{field}': pattern '{pattern}' is not an ECMAScript regular expression .NET can evaluate: {error.Message}");
        }
    }
}
