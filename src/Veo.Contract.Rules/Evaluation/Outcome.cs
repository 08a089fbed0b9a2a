namespace Veo.Contract.Rules;

/// <summary>
/// A verdict with what decided it: the field whose value (or absence) made it so and the keyword of which schema.
/// A broken rule is reported on that field; under <c>not</c> the field that matched is the one to blame.
/// </summary>
internal readonly struct Outcome
{
    public Outcome(Truth truth, ContractField? field, SchemaNode? node, SchemaKeyword keyword)
    {
        Truth = truth;
        Field = field;
        Node = node;
        Keyword = keyword;
    }

    public Truth Truth { get; }

    public ContractField? Field { get; }

    public SchemaNode? Node { get; }

    public SchemaKeyword Keyword { get; }

    public static Outcome Pass(ContractField? field) => new(Truth.True, field, null, SchemaKeyword.None);

    public static Outcome Open(ContractField? field) => new(Truth.Unknown, field, null, SchemaKeyword.None);

    public static Outcome Fail(ContractField? field, SchemaNode node, SchemaKeyword keyword) => new(Truth.False, field, node, keyword);

    /// <summary>Both must hold: the first failure decides, else anything open leaves it open.</summary>
    public Outcome And(Outcome other)
    {
        if (Truth == Truth.False)
        {
            return this;
        }

        if (other.Truth == Truth.False || Truth == Truth.True)
        {
            return other;
        }

        return this;
    }
}
