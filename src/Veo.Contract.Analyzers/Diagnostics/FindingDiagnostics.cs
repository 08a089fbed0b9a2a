using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Runs the rule engine over every combination of candidate values (a ?: contributes each constant branch) and turns
/// each finding into one diagnostic, on the value that offends, with the remedies the engine found as fix properties
/// and the one of them Fix All applies (<see cref="RemedyPlan"/>).
/// </summary>
internal static class FindingDiagnostics
{
    // Each ?: doubles the combinations; past this many the remaining ones are skipped rather than slowing the IDE.
    private const int MaxCombinations = 64;

    /// <summary>
    /// The request's diagnostics whose offending value lies in <paramref name="reportSpan"/> (the origin, or one later
    /// assignment of the same block); a diagnostic is only built when it will be reported. <paramref name="requestFacts"/> starts empty.
    /// In a <paramref name="complete"/> request a field never written is unset, as at run time: a required one is missing.
    /// </summary>
    public static List<Diagnostic>? Create(RequestSymbols symbols, RequestFactSet facts, RequestFacts requestFacts, bool complete, SyntaxNode origin, TextSpan reportSpan)
    {
        if (!complete && !facts.HasKnownValue())
        {
            return null;
        }

        if (complete)
        {
            foreach (var leaf in symbols.Root.Leaves)
            {
                if (!facts.IsWritten(leaf))
                {
                    requestFacts.Set(leaf.Field!, FactValue.Absent);
                }
            }
        }

        List<Diagnostic>? diagnostics = null;
        // A request has a finding or two: a list searched in order is cheaper to make than a set.
        List<(string Id, TextSpan Span)>? reported = null;
        var choice = new int[facts.Count];
        // Every combination sets every field, so the caller's empty RequestFacts serves them all.
        for (var combination = 0; combination < MaxCombinations; combination++)
        {
            for (var i = 0; i < facts.Count; i++)
            {
                requestFacts.Set(facts.FieldAt(i).Field!, facts.CandidatesAt(i)[choice[i]].Value);
            }

            var findings = ContractSchema.Engine.Evaluate(requestFacts);
            (FindingFixes[] Fixes, RemedyKinds[] Preferred)? plan = null;
            for (var k = 0; k < findings.Count; k++)
            {
                var finding = findings[k];
                var primary = Chosen(facts, choice, finding.Field);
                var syntax = primary?.Candidate.Syntax ?? origin;
                if (reportSpan.Contains(syntax.Span) && !(reported ??= new List<(string Id, TextSpan Span)>()).Contains((finding.Rule.Id, syntax.Span)))
                {
                    reported.Add((finding.Rule.Id, syntax.Span));
                    // Which fix Fix All applies depends on every finding of the request: worked out once, and only when one is reported.
                    plan ??= CreatePlan(symbols, facts, choice, findings, requestFacts, origin);
                    (diagnostics ??= new List<Diagnostic>()).Add(CreateDiagnostic(finding, plan.Value.Fixes[k], plan.Value.Preferred[k], syntax));
                }
            }

            if (!Advance(choice, facts))
            {
                break;
            }
        }

        return diagnostics;
    }

    /// <summary>The fixes of each finding of one combination and the one Fix All applies to each.</summary>
    private static (FindingFixes[] Fixes, RemedyKinds[] Preferred) CreatePlan(RequestSymbols symbols, RequestFactSet facts, int[] choice, List<RuleFinding> findings, RequestFacts requestFacts, SyntaxNode origin)
    {
        var fixes = new FindingFixes[findings.Count];
        var kinds = new RemedyKinds[findings.Count];
        var any = false;
        for (var k = 0; k < findings.Count; k++)
        {
            var primary = Chosen(facts, choice, findings[k].Field);
            fixes[k] = FindingFixes.For(symbols, findings[k], primary, Chosen(facts, choice, findings[k].Trigger), primary?.Candidate.Syntax ?? origin);
            kinds[k] = fixes[k].Kinds;
            any |= kinds[k] != RemedyKinds.None;
        }

        return (fixes, any ? RemedyPlan.Choose(ContractSchema.Engine, findings, kinds, requestFacts) : kinds);
    }

    private static Diagnostic CreateDiagnostic(RuleFinding finding, FindingFixes fixes, RemedyKinds preferred, SyntaxNode syntax)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var additional = new List<Location>();
        if (fixes.ConditionSyntax is { } conditionSyntax)
        {
            additional.Add(conditionSyntax.GetLocation());
        }

        if (fixes.Condition is { } condition)
        {
            properties[VeoFixProperties.ReplaceCondition] = condition;
            properties[VeoFixProperties.ReplaceConditionTitle] = "Use " + finding.Trigger!.Name + " '" + finding.Remedy.TriggerReplacement!.Value.Text + "'";
        }

        if (fixes.Replacement is { } replacement)
        {
            properties[VeoFixProperties.ReplaceValue] = replacement;
            properties[VeoFixProperties.ReplaceTitle] = finding.Arguments.TryGetValue("match", out var match)
                ? "Remove the leading '" + match + "'"
                : "Set " + finding.Field!.PropertyName + " to " + finding.Remedy.Replacement!.Value.Text;
        }

        if (fixes.Removable)
        {
            properties[VeoFixProperties.RemoveAssignment] = finding.Field!.PropertyName;
            properties[VeoFixProperties.RemoveTitle] = "Remove " + finding.Field.PropertyName;
        }

        if (preferred != RemedyKinds.None)
        {
            properties[VeoFixProperties.FixAll] = preferred.ToString();
        }

        return Diagnostic.Create(
            VeoDiagnosticDescriptors.For(finding.Rule.Id),
            syntax.GetLocation(),
            additional,
            properties.ToImmutable(),
            finding.FormatMessage(RuleNaming.Property));
    }

    private static (RequestFieldNode Leaf, FactCandidate Candidate)? Chosen(RequestFactSet facts, int[] choice, ContractField? field)
    {
        for (var i = 0; field is not null && i < facts.Count; i++)
        {
            var leaf = facts.FieldAt(i);
            if (ReferenceEquals(leaf.Field, field))
            {
                return (leaf, facts.CandidatesAt(i)[choice[i]]);
            }
        }

        return null;
    }

    /// <summary>Next combination, like an odometer; false after the last one.</summary>
    private static bool Advance(int[] choice, RequestFactSet facts)
    {
        for (var i = 0; i < choice.Length; i++)
        {
            if (++choice[i] < facts.CandidatesAt(i).Count)
            {
                return true;
            }

            choice[i] = 0;
        }

        return false;
    }
}
