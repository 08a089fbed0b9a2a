using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Runs the rule engine over every combination of candidate values (a ?: contributes each constant branch) and turns
/// each finding into one diagnostic, on the value that offends, with the remedies the engine found as fix properties.
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

            foreach (var finding in ContractSchema.Engine.Evaluate(requestFacts))
            {
                var primary = Chosen(facts, choice, finding.Field);
                var syntax = primary?.Candidate.Syntax ?? origin;
                if (reportSpan.Contains(syntax.Span) && !(reported ??= new List<(string Id, TextSpan Span)>()).Contains((finding.Rule.Id, syntax.Span)))
                {
                    reported.Add((finding.Rule.Id, syntax.Span));
                    (diagnostics ??= new List<Diagnostic>()).Add(CreateDiagnostic(symbols, finding, primary, Chosen(facts, choice, finding.Trigger), syntax));
                }
            }

            if (!Advance(choice, facts))
            {
                break;
            }
        }

        return diagnostics;
    }

    private static Diagnostic CreateDiagnostic(
        RequestSymbols symbols,
        RuleFinding finding,
        (RequestFieldNode Leaf, FactCandidate Candidate)? primary,
        (RequestFieldNode Leaf, FactCandidate Candidate)? trigger,
        SyntaxNode syntax)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var additional = new List<Location>();
        var remedy = finding.Remedy;
        if (trigger is { Candidate.Syntax: { } triggerSyntax } condition)
        {
            additional.Add(triggerSyntax.GetLocation());
            if (remedy.TriggerReplacement is { } other && Literal(symbols, other, condition.Leaf) is { } literal)
            {
                properties[VeoFixProperties.ReplaceCondition] = literal;
                properties[VeoFixProperties.ReplaceConditionTitle] = "Use " + finding.Trigger!.Name + " '" + other.Text + "'";
            }
        }

        if (primary is { } chosen)
        {
            if (remedy.Replacement is { } replacement && Literal(symbols, replacement, chosen.Leaf) is { } literal)
            {
                properties[VeoFixProperties.ReplaceValue] = literal;
                properties[VeoFixProperties.ReplaceTitle] = finding.Arguments.TryGetValue("match", out var match)
                    ? "Remove the leading '" + match + "'"
                    : "Set " + chosen.Leaf.Field!.PropertyName + " to " + replacement.Text;
            }

            if (remedy.Removable && chosen.Candidate.Removable)
            {
                properties[VeoFixProperties.RemoveAssignment] = chosen.Leaf.Field!.PropertyName;
                properties[VeoFixProperties.RemoveTitle] = "Remove " + chosen.Leaf.Field.PropertyName;
            }
        }

        return Diagnostic.Create(
            VeoDiagnosticDescriptors.For(finding.Rule.Id),
            syntax.GetLocation(),
            additional,
            properties.ToImmutable(),
            finding.FormatMessage(RuleNaming.Property));
    }

    private static string? Literal(RequestSymbols symbols, FactValue value, RequestFieldNode leaf)
        => leaf.Property is { } property ? FixLiteral.Format(value, property.Type, leaf.Field!, symbols) : null;

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
