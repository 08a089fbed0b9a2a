using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>Reads the request's fields as their schemas shape them ($ref followed): type, format, default, enum and names.</summary>
internal static class FieldReader
{
    private static readonly string[] Types = ["string", "integer", "number", "boolean", "object"];

    public static (List<SpecField> Fields, bool AllowsOther) ReadObject(YamlMappingNode root, YamlMappingNode schema, string wirePrefix, string propertyPrefix)
    {
        var allowsOther = schema.OptionalScalar("additionalProperties") switch
        {
            null or "true" => true,
            "false" => false,
            var other => throw SpecYaml.Error(schema.Child("additionalProperties")!, $"additionalProperties must be true or false, not '{other}'"),
        };
        var fields = new List<SpecField>();
        if (schema.Child("properties") is null)
        {
            return (fields, allowsOther);
        }

        foreach (var (key, value) in schema.Mapping("properties").Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (value is not YamlMappingNode property)
            {
                throw SpecYaml.Error(value, $"field '{name}' must be a schema mapping");
            }

            fields.Add(ReadField(root, property, wirePrefix + name, propertyPrefix + DotNetNames.ToPascalCase(name)));
        }

        return (fields, allowsOther);
    }

    private static SpecField ReadField(YamlMappingNode root, YamlMappingNode property, string wireName, string propertyName)
    {
        var schema = SpecYaml.Resolve(root, property);
        string? Keyword(string key) => property.OptionalScalar(key) ?? schema.OptionalScalar(key);
        YamlNode Where(string key) => property.Child(key) ?? schema.Child(key) ?? property;

        var type = Keyword("type") ?? throw SpecYaml.Error(property, $"field '{wireName}' has no type");
        if (!Types.Contains(type))
        {
            throw SpecYaml.Error(Where("type"), $"field '{wireName}': type '{type}' is not one of {string.Join(", ", Types)}");
        }

        var values = type == "string" ? List(property, schema, "enum") : [];
        var names = List(property, schema, "x-enumNames");
        if (names.Count > 0 && names.Count != values.Count)
        {
            throw SpecYaml.Error(Where("x-enumNames"), $"field '{wireName}': x-enumNames lists {names.Count} names for {values.Count} enum values");
        }

        if (names.Count == 0 && values.Count > 0)
        {
            // Without x-enumNames the DTO's members are NSwag's names for the values; the table must know them too.
            names = DtoEnumNames.For(values);
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

        return new SpecField(wireName, propertyName, type, Keyword("format"), Keyword("default"), values, names, Keyword("x-constants-class"), members, allowsOther, property);
    }

    private static IReadOnlyList<string> List(YamlMappingNode property, YamlMappingNode schema, string key)
        => property.Child(key) is not null ? property.ScalarList(key, required: true) : schema.ScalarList(key, required: false);
}
