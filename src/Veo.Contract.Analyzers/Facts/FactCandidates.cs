namespace Veo.Contract.Analyzers;

/// <summary>
/// The values one field may have: nearly always a single one (kept inline, nothing allocated), several for a ?:.
/// </summary>
internal readonly struct FactCandidates
{
    private readonly FactCandidate _single;
    private readonly FactCandidate[]? _several;

    public FactCandidates(FactCandidate single)
    {
        _single = single;
        _several = null;
    }

    public FactCandidates(FactCandidate[] several)
    {
        _single = default;
        _several = several;
    }

    public static FactCandidates Forgotten { get; } = new(FactCandidate.Unknown(null));

    public int Count => _several?.Length ?? 1;

    public FactCandidate this[int index] => _several is null ? _single : _several[index];
}
