namespace Veo.Contract.SpecCompiler;

/// <summary>
/// The request schema the rules belong to: its name, fields (nested ones under their object) and rules, in spec order,
/// and where each rule's page is (info's x-diagnostics-help, {id} standing for the rule's id).
/// </summary>
internal sealed record SpecContract(string SchemaName, IReadOnlyList<SpecField> Fields, bool AllowsOtherFields, IReadOnlyList<SpecRule> Rules, string? HelpLinkFormat)
{
    /// <summary>Every field, nested ones included, parents before children.</summary>
    public IEnumerable<SpecField> AllFields() => Fields.SelectMany(field => field.SelfAndDescendants());

    /// <summary>Every field that holds a value (not an object), in spec order.</summary>
    public IEnumerable<SpecField> ValueFields() => AllFields().Where(field => !field.IsObject);
}
