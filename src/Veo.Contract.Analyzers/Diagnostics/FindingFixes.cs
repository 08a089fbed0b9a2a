using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// What the code fixes can write for one finding where it was found: the C# for the engine's replacement values, and
/// whether the blamed assignment can be deleted. Worked out only for findings that are reported.
/// </summary>
internal sealed class FindingFixes
{
    private FindingFixes(string? replacement, string? condition, SyntaxNode? conditionSyntax, bool removable)
    {
        Replacement = replacement;
        Condition = condition;
        ConditionSyntax = conditionSyntax;
        Removable = removable;
    }

    /// <summary>C# for the blamed value's one allowed value; null when there is none or it cannot be written.</summary>
    public string? Replacement { get; }

    /// <summary>C# for the condition's value that satisfies the rule; null when there is none or it cannot be written.</summary>
    public string? Condition { get; }

    /// <summary>Where the condition's value is written (the diagnostic's additional location).</summary>
    public SyntaxNode? ConditionSyntax { get; }

    /// <summary>True when the blamed field may be left out and its assignment can be deleted.</summary>
    public bool Removable { get; }

    /// <summary>The remedies these make possible, for the fix plan.</summary>
    public RemedyKinds Kinds
        => (Replacement is null ? RemedyKinds.None : RemedyKinds.Replace)
           | (Removable ? RemedyKinds.Remove : RemedyKinds.None)
           | (Condition is null ? RemedyKinds.None : RemedyKinds.ReplaceCondition);

    public static FindingFixes For(
        RequestSymbols symbols,
        RuleFinding finding,
        (RequestFieldNode Leaf, FactCandidate Candidate)? primary,
        (RequestFieldNode Leaf, FactCandidate Candidate)? trigger,
        SyntaxNode syntax)
    {
        var remedy = finding.Remedy;
        string? replacement = null, condition = null;
        SyntaxNode? conditionSyntax = null;
        var removable = false;
        if (trigger is { Candidate.Syntax: { } triggerSyntax } chosenTrigger)
        {
            conditionSyntax = triggerSyntax;
            // The fix edits one document: a condition written in another file is named, not changed.
            if (remedy.TriggerReplacement is { } other && triggerSyntax.SyntaxTree == syntax.SyntaxTree)
            {
                condition = Literal(symbols, other, chosenTrigger.Leaf);
            }
        }

        if (primary is { } chosen)
        {
            replacement = remedy.Replacement is { } value ? Literal(symbols, value, chosen.Leaf) : null;
            removable = remedy.Removable && chosen.Candidate.Removable;
        }

        return new FindingFixes(replacement, condition, conditionSyntax, removable);
    }

    private static string? Literal(RequestSymbols symbols, FactValue value, RequestFieldNode leaf)
        => leaf.Property is { } property ? FixLiteral.Format(value, property.Type, leaf.Field!, symbols) : null;
}
