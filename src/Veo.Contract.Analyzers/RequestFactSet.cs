using System.Collections.Generic;

namespace Veo.Contract.Analyzers;

/// <summary>The candidate values of each field of one request, in the order the fields were first written; the last write wins.</summary>
internal sealed class RequestFactSet
{
    private readonly List<RequestFieldNode> _order = new();
    private readonly Dictionary<RequestFieldNode, List<FactCandidate>> _candidates = new();

    public int Count => _order.Count;

    public RequestFieldNode FieldAt(int index) => _order[index];

    public List<FactCandidate> CandidatesAt(int index) => _candidates[_order[index]];

    public bool TryGet(RequestFieldNode leaf, out List<FactCandidate> candidates)
    {
        if (_candidates.TryGetValue(leaf, out var found))
        {
            candidates = found;
            return true;
        }

        candidates = new List<FactCandidate>();
        return false;
    }

    public void Set(RequestFieldNode leaf, List<FactCandidate> candidates)
    {
        if (!_candidates.ContainsKey(leaf))
        {
            _order.Add(leaf);
        }

        _candidates[leaf] = candidates;
    }

    /// <summary>Marks every field at or below <paramref name="node"/> unknown: something the analyzer cannot follow changed it.</summary>
    public void Forget(RequestFieldNode node)
    {
        var leaves = new List<RequestFieldNode>();
        node.CollectLeaves(leaves);
        foreach (var leaf in leaves)
        {
            Set(leaf, new List<FactCandidate> { FactCandidate.Unknown(null) });
        }
    }

    /// <summary>True when at least one field has a constant value; otherwise there is nothing to check.</summary>
    public bool HasKnownValue()
    {
        foreach (var candidates in _candidates.Values)
        {
            foreach (var candidate in candidates)
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
