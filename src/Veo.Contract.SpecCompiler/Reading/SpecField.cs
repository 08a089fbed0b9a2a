using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// One field of the request as its schema shapes it ($ref followed): names, JSON type, format, default, enum wire
/// values and .NET member names, named constants. Nested object fields carry their members; a nested field's wire
/// name is its dotted path. What a value may be is a rule (<see cref="SpecRule"/>), not part of the shape.
/// </summary>
internal sealed class SpecField(
    string wireName,
    string propertyName,
    string type,
    string? format,
    string? defaultValue,
    IReadOnlyList<string> enumValues,
    IReadOnlyList<string> enumNames,
    string? constantsClass,
    IReadOnlyList<SpecField> members,
    bool allowsOtherFields,
    YamlNode node)
{
    public string WireName { get; } = wireName;

    public string Name => WireName.Split('.')[^1];

    public string PropertyName { get; } = propertyName;

    /// <summary>string, integer, number, boolean or object.</summary>
    public string Type { get; } = type;

    public string? Format { get; } = format;

    public string? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<string> EnumValues { get; } = enumValues;

    public IReadOnlyList<string> EnumNames { get; } = enumNames;

    public string? ConstantsClass { get; } = constantsClass;

    /// <summary>The values the client names in <see cref="ConstantsClass"/>: the one x-advice enum of the field.</summary>
    public IReadOnlyList<string> KnownValues { get; set; } = [];

    public IReadOnlyList<SpecField> Members { get; } = members;

    public bool AllowsOtherFields { get; } = allowsOtherFields;

    /// <summary>Where the field is declared, for errors.</summary>
    public YamlNode Node { get; } = node;

    public bool IsObject => Type == "object";

    /// <summary>The C# identifier of this field in the generated table: Extra.PersonGeneration becomes ExtraPersonGeneration.</summary>
    public string Identifier => PropertyName.Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>This field and every field nested below it, parents before children.</summary>
    public IEnumerable<SpecField> SelfAndDescendants() => Members.SelectMany(m => m.SelfAndDescendants()).Prepend(this);

    public SpecField? Member(string name) => Members.FirstOrDefault(member => member.Name == name);
}
