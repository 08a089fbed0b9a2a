using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// Which one of its remedies Fix All applies to each finding of one request, so that fixing the findings id by id, in
/// any order, ends in the same request. Changes are chosen one at a time, each kept only if it mends the finding it
/// comes from, and each field is changed at most once:
/// <list type="number">
/// <item>a finding with a single remedy comes first (that change has to be made anyway);</item>
/// <item>then a change to the blamed value itself (its one allowed value, then leaving it out), before a change to the
/// value a rule's condition names: a fix keeps the values nothing is wrong with;</item>
/// <item>ties go to the finding that comes first (by id, then field order).</item>
/// </list>
/// A finding that a chosen change mends applies that change when it is one of its own remedies, and nothing otherwise
/// (the finding that owns the change applies it). The plan is worked out only for requests with findings.
/// </summary>
internal static class RemedyPlan
{
    private static readonly RemedyKinds[] ByPreference = { RemedyKinds.Replace, RemedyKinds.Remove, RemedyKinds.ReplaceCondition };

    /// <summary>
    /// The remedy Fix All applies to each of <paramref name="findings"/> (the engine's findings for <paramref name="facts"/>),
    /// choosing among the ones <paramref name="offered"/> says the caller can write; <see cref="RemedyKinds.None"/> for none.
    /// </summary>
    public static RemedyKinds[] Choose(RuleEngine engine, IReadOnlyList<RuleFinding> findings, IReadOnlyList<RemedyKinds> offered, RequestFacts facts)
    {
        var chosen = new RemedyKinds[findings.Count];
        var open = new RemedyKinds[findings.Count];
        var resolved = new bool[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            open[i] = offered[i] & Available(findings[i]);
        }

        var trial = facts.Copy();
        var changed = new List<ContractField>();
        while (Next(findings, open, resolved, changed) is { } next)
        {
            var (owner, kind) = next;
            var change = Change(findings[owner], kind);
            var attempt = trial.Copy();
            attempt.Set(change.Field, change.Value);
            var remaining = engine.Evaluate(attempt);
            open[owner] &= ~kind;
            if (Contains(remaining, findings[owner]))
            {
                continue; // it does not mend its own finding (another rule objects): not a fix
            }

            trial = attempt;
            changed.Add(change.Field);
            for (var i = 0; i < findings.Count; i++)
            {
                if (!resolved[i] && !Contains(remaining, findings[i]))
                {
                    resolved[i] = true;
                    chosen[i] = Own(findings[i], offered[i], change);
                }
            }
        }

        return chosen;
    }

    /// <summary>The open change that comes first by the rules above, skipping fields already changed.</summary>
    private static (int Owner, RemedyKinds Kind)? Next(IReadOnlyList<RuleFinding> findings, RemedyKinds[] open, bool[] resolved, List<ContractField> changed)
    {
        (int Owner, RemedyKinds Kind)? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < findings.Count; i++)
        {
            if (resolved[i])
            {
                continue;
            }

            var single = Count(open[i]) == 1;
            for (var k = 0; k < ByPreference.Length; k++)
            {
                var kind = ByPreference[k];
                if ((open[i] & kind) == 0 || changed.Contains(Change(findings[i], kind).Field))
                {
                    continue;
                }

                var rank = ((single ? 0 : 1) * ByPreference.Length + k) * findings.Count + i;
                if (rank < bestRank)
                {
                    best = (i, kind);
                    bestRank = rank;
                }
            }
        }

        return best;
    }

    /// <summary>The remedies the engine found for a finding.</summary>
    public static RemedyKinds Available(RuleFinding finding)
    {
        var kinds = RemedyKinds.None;
        if (finding.Field is not null && finding.Remedy.Replacement is not null)
        {
            kinds |= RemedyKinds.Replace;
        }

        if (finding.Field is not null && finding.Remedy.Removable)
        {
            kinds |= RemedyKinds.Remove;
        }

        if (finding.Trigger is not null && finding.Remedy.TriggerReplacement is not null)
        {
            kinds |= RemedyKinds.ReplaceCondition;
        }

        return kinds;
    }

    /// <summary>The field a remedy writes and what it writes there (absent: left out).</summary>
    public static (ContractField Field, FactValue Value) Change(RuleFinding finding, RemedyKinds kind) => kind switch
    {
        RemedyKinds.Replace => (finding.Field!, finding.Remedy.Replacement!.Value),
        RemedyKinds.Remove => (finding.Field!, FactValue.Absent),
        _ => (finding.Trigger!, finding.Remedy.TriggerReplacement!.Value),
    };

    /// <summary>The finding's own remedy that makes <paramref name="change"/>, if it offers one.</summary>
    private static RemedyKinds Own(RuleFinding finding, RemedyKinds offered, (ContractField Field, FactValue Value) change)
    {
        foreach (var kind in ByPreference)
        {
            if ((offered & Available(finding) & kind) != 0)
            {
                var own = Change(finding, kind);
                if (ReferenceEquals(own.Field, change.Field) && Same(own.Value, change.Value))
                {
                    return kind;
                }
            }
        }

        return RemedyKinds.None;
    }

    private static bool Same(FactValue a, FactValue b) => a.State == FactState.Absent ? b.State == FactState.Absent : a.SameAs(b);

    private static bool Contains(List<RuleFinding> findings, RuleFinding finding)
    {
        foreach (var other in findings)
        {
            if (ReferenceEquals(other.Rule, finding.Rule) && ReferenceEquals(other.Field, finding.Field))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(RemedyKinds kinds)
    {
        var count = 0;
        for (var bits = (int)kinds; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        return count;
    }
}
