using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Runs the shared rule engine over every combination of candidate values (a ?: contributes each constant branch)
/// and turns each finding into one diagnostic, on the value that offends, with the values its code fixes need.
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
                    requestFacts.Set(leaf.Field!.WireName, FactValue.Absent);
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
                requestFacts.Set(facts.FieldAt(i).Field!.WireName, facts.CandidatesAt(i)[choice[i]].Value);
            }

            foreach (var finding in RuleEvaluator.Evaluate(requestFacts))
            {
                var primary = Chosen(facts, choice, finding.Field);
                var syntax = primary?.Candidate.Syntax ?? origin;
                if (reportSpan.Contains(syntax.Span) && !(reported ??= new List<(string Id, TextSpan Span)>()).Contains((finding.Rule.Id, syntax.Span)))
                {
                    reported.Add((finding.Rule.Id, syntax.Span));
                    (diagnostics ??= new List<Diagnostic>()).Add(CreateDiagnostic(symbols, facts, choice, finding, primary, syntax));
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
        RequestSymbols symbols, RequestFactSet facts, int[] choice, RuleFinding finding, (RequestFieldNode Leaf, FactCandidate Candidate)? primary, SyntaxNode syntax)
    {
        var rule = finding.Rule;
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var additional = new List<Location>();
        var partner = rule.Kind == RuleKind.ModelCapability ? VeoRuleTable.ModelField : rule.WhenField;
        if (partner is not null && Chosen(facts, choice, partner) is { Candidate.Syntax: { } partnerSyntax } partnerChoice)
        {
            additional.Add(partnerSyntax.GetLocation());
            if (rule.Kind == RuleKind.ModelCapability)
            {
                AddSwitchModel(symbols, finding, partnerChoice.Leaf, properties);
            }
        }

        if (primary is { } chosen)
        {
            AddReplaceValue(symbols, finding, chosen.Leaf, properties);
            if (rule.Kind == RuleKind.ModelCapability && finding.Field.DefaultValue is null && chosen.Candidate.Removable)
            {
                // The setting is optional and has no default: without it the request asks for nothing the model lacks.
                properties[VeoFixProperties.RemoveAssignment] = finding.Field.PropertyName;
                properties[VeoFixProperties.RemoveTitle] = "Remove " + finding.Field.PropertyName;
            }
        }

        return Diagnostic.Create(
            VeoDiagnosticDescriptors.For(rule.Id),
            syntax.GetLocation(),
            additional,
            properties.ToImmutable(),
            finding.FormatMessage(RuleNaming.Property));
    }

    /// <summary>A requires-rule with a single allowed value (duration 8) and a negation to drop have exactly one fix.</summary>
    private static void AddReplaceValue(RequestSymbols symbols, RuleFinding finding, RequestFieldNode leaf, ImmutableDictionary<string, string?>.Builder properties)
    {
        var rule = finding.Rule;
        string? replacement = null;
        string? title = null;
        if (rule.Kind == RuleKind.Requires && rule.Values.Count == 1)
        {
            replacement = rule.Values[0];
            title = "Set " + finding.Field.PropertyName + " to " + replacement;
        }
        else if (rule.Kind == RuleKind.NotNegation && finding.Value is { } text && finding.Arguments.TryGetValue("negation", out var negation))
        {
            var rest = text.TrimStart().Substring(negation.Length).TrimStart();
            if (rest.Length > 0)
            {
                replacement = rest;
                title = "Remove the leading '" + negation + "'";
            }
        }

        if (replacement is not null && leaf.Property is { } property && FixLiteral.Format(replacement, property.Type, finding.Field, symbols) is { } literal)
        {
            properties[VeoFixProperties.ReplaceValue] = literal;
            properties[VeoFixProperties.ReplaceTitle] = title;
        }
    }

    /// <summary>The first model of the table that supports the value (veo-3.1 for 4k or a seed).</summary>
    private static void AddSwitchModel(RequestSymbols symbols, RuleFinding finding, RequestFieldNode modelLeaf, ImmutableDictionary<string, string?>.Builder properties)
    {
        foreach (var model in VeoRuleTable.Models)
        {
            if (finding.Rule.Capability is { } capability && model.Supports(capability, finding.Value)
                && modelLeaf.Property is { } property && FixLiteral.Format(model.Id, property.Type, VeoRuleTable.ModelField, symbols) is { } literal)
            {
                properties[VeoFixProperties.SwitchModel] = literal;
                properties[VeoFixProperties.SwitchModelTitle] = "Use model '" + model.Id + "'";
                return;
            }
        }
    }

    private static (RequestFieldNode Leaf, FactCandidate Candidate)? Chosen(RequestFactSet facts, int[] choice, RuleField field)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var leaf = facts.FieldAt(i);
            if (leaf.Field!.WireName == field.WireName)
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
