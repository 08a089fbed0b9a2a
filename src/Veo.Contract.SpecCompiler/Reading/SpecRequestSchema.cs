namespace Veo.Contract.SpecCompiler;

/// <summary>The request schema that carries x-veo-rules: its fields (nested ones under their object) and whether it takes other fields.</summary>
internal sealed record SpecRequestSchema(IReadOnlyList<SpecField> Fields, bool AllowsOtherFields)
{
    /// <summary>Every field, nested ones included, in spec order.</summary>
    public IEnumerable<SpecField> AllFields() => Fields.SelectMany(field => field.SelfAndDescendants());

    /// <summary>Every field that holds a value (not an object), in spec order: what the rules and keyword checks read.</summary>
    public IEnumerable<SpecField> ValueFields() => AllFields().Where(field => !field.IsObject);

    public SpecField? Find(string wirePath) => AllFields().FirstOrDefault(field => field.WireName == wirePath);
}
