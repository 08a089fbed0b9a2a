namespace Veo.Contract.Rules;

/// <summary>
/// The facts of a request as one evaluation reads them, optionally with one field's value replaced: how the remedies
/// ask "would this rule hold with that field at 8?" without copying the request.
/// </summary>
internal readonly struct FactView
{
    private readonly RequestFacts _facts;
    private readonly ContractField? _replaced;
    private readonly FactValue _replacement;

    public FactView(RequestFacts facts, ContractField? replaced = null, FactValue replacement = default)
    {
        _facts = facts;
        _replaced = replaced;
        _replacement = replacement;
    }

    public FactValue Get(ContractField field) => ReferenceEquals(field, _replaced) ? _replacement : _facts.Get(field);

    public FactView With(ContractField field, FactValue value) => new(_facts, field, value);
}
