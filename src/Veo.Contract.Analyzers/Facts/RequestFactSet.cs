namespace Veo.Contract.Analyzers;

/// <summary>
/// The candidate values of each field of one request, in the order the fields were first written; the last write wins.
/// Arrays indexed by <see cref="RequestFieldNode.LeafIndex"/>: one set per thread is reused from request to request.
/// </summary>
internal sealed class RequestFactSet
{
    private readonly RequestFieldNode[] _leaves;
    private readonly FactCandidates[] _candidates;
    private readonly bool[] _written;
    private readonly int[] _order;

    public RequestFactSet(RequestFieldNode root)
    {
        _leaves = root.Leaves;
        _candidates = new FactCandidates[_leaves.Length];
        _written = new bool[_leaves.Length];
        _order = new int[_leaves.Length];
    }

    public int Count { get; private set; }

    public RequestFieldNode FieldAt(int index) => _leaves[_order[index]];

    public FactCandidates CandidatesAt(int index) => _candidates[_order[index]];

    /// <summary>Empties the set for the next request (the analyzer reuses one per thread).</summary>
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _written[_order[i]] = false;
            _candidates[_order[i]] = default;
        }

        Count = 0;
    }

    public void Set(RequestFieldNode leaf, FactCandidates candidates)
    {
        var slot = leaf.LeafIndex;
        if (!_written[slot])
        {
            _written[slot] = true;
            _order[Count++] = slot;
        }

        _candidates[slot] = candidates;
    }

    public bool IsWritten(RequestFieldNode leaf) => _written[leaf.LeafIndex];

    /// <summary>Marks every field at or below <paramref name="node"/> unknown: something the analyzer cannot follow changed it.</summary>
    public void Forget(RequestFieldNode node)
    {
        foreach (var leaf in node.Leaves)
        {
            Set(leaf, FactCandidates.Forgotten);
        }
    }

    /// <summary>True when at least one field has a constant value; otherwise there is nothing to check.</summary>
    public bool HasKnownValue()
    {
        for (var i = 0; i < Count; i++)
        {
            var candidates = CandidatesAt(i);
            for (var k = 0; k < candidates.Count; k++)
            {
                if (candidates[k].Value.State == Rules.FactState.Known)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
