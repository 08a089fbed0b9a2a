using YamlDotNet.RepresentationModel;

namespace Veo.Contract.SpecCompiler;

/// <summary>
/// One field of the request schema with everything its standard keywords state, checked and resolved ($ref followed).
/// Nested object fields (extra) carry their members; a nested field's wire name is its dotted path.
/// </summary>
internal sealed record SpecField(
    string WireName,
    string PropertyName,
    string? DefaultValue,
    string Type,
    string? Format,
    bool Required,
    IReadOnlyList<string> Enum,
    IReadOnlyList<string> EnumNames,
    IReadOnlyList<string> KnownValues,
    string? ConstantsClass,
    string? Minimum,
    string? Maximum,
    string? MultipleOf,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    IReadOnlyList<SpecField> Members,
    bool AllowsOtherFields,
    YamlNode Node)
{
    /// <summary>The C# identifier of this field in the generated schema table: Extra.PersonGeneration becomes ExtraPersonGeneration.</summary>
    public string Identifier => PropertyName.Replace(".", string.Empty, StringComparison.Ordinal);

    public bool IsObject => Type == "object";

    /// <summary>The schema keywords this field states, by their spec names.</summary>
    public IEnumerable<string> Keywords()
    {
        if (Required)
        {
            yield return "required";
        }

        if (Enum.Count > 0)
        {
            yield return "enum";
        }

        if (Minimum is not null)
        {
            yield return "minimum";
        }

        if (Maximum is not null)
        {
            yield return "maximum";
        }

        if (MultipleOf is not null)
        {
            yield return "multipleOf";
        }

        if (MinLength is not null)
        {
            yield return "minLength";
        }

        if (MaxLength is not null)
        {
            yield return "maxLength";
        }

        if (Pattern is not null)
        {
            yield return "pattern";
        }
    }

    /// <summary>This field and every field nested below it, parents before children.</summary>
    public IEnumerable<SpecField> SelfAndDescendants()
    {
        yield return this;
        foreach (var member in Members.SelectMany(m => m.SelfAndDescendants()))
        {
            yield return member;
        }
    }
}
