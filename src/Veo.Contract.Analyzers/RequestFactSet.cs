namespace Veo.Contract.Analyzers;

/// <summary>
/// The candidate values of each field of one request, in the order the fields were first written; the last write wins.
/// Arrays indexed by <see cref="RequestFieldNode.LeafIndex"/>: one request costs three small arrays, not a dictionary.
/// </summary>
internal sealed class RequestFactSet
{
    private static readonly FactCandidate[] Forgotten = { FactCandidate.Unknown(null) };

    private readonly RequestFieldNode[] _leaves;
    private readonly FactCandidate[]?[] _candidates;
    private readonly int[] _order;

    public RequestFactSet(RequestFieldNode root)
    {
        _leaves = root.Leaves;
        _candidates = new FactCandidate[]?[_leaves.Length];
        _order = new int[_leaves.Length];
    }

    public int Count { get; private set; }

    public RequestFieldNode FieldAt(int index) => _leaves[_order[index]];

    public FactCandidate[] CandidatesAt(int index) => _candidates[_order[index]]!;

    public void Set(RequestFieldNode leaf, FactCandidate[] candidates)
    {
        var slot = leaf.LeafIndex;
        if (_candidates[slot] is null)
        {
            _order[Count++] = slot;
        }

        _candidates[slot] = candidates;
    }

    /// <summary>Marks every field at or below <paramref name="node"/> unknown: something the analyzer cannot follow changed it.</summary>
    public void Forget(RequestFieldNode node)
    {
        foreach (var leaf in node.Leaves)
        {
            Set(leaf, Forgotten);
        }
    }

    /// <summary>True when at least one field has a constant value; otherwise there is nothing to check.</summary>
    public bool HasKnownValue()
    {
        for (var i = 0; i < Count; i++)
        {
            foreach (var candidate in CandidatesAt(i))
            {
                if (candidate.Value.State == Rules.FactState.Known)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
