using Microsoft.CodeAnalysis;

namespace Veo.Contract.CodeFixes;

/// <summary>One change a fix makes: a node replaced by another, or removed (<see cref="Replacement"/> null).</summary>
internal readonly struct FixEdit
{
    public FixEdit(SyntaxNode target, SyntaxNode? replacement, SyntaxRemoveOptions removeOptions = SyntaxRemoveOptions.KeepUnbalancedDirectives)
    {
        Target = target;
        Replacement = replacement;
        RemoveOptions = removeOptions;
    }

    public SyntaxNode Target { get; }

    public SyntaxNode? Replacement { get; }

    public SyntaxRemoveOptions RemoveOptions { get; }

    /// <summary>True when both make the same change (two findings of one request fixed by one edit).</summary>
    public bool SameAs(FixEdit other)
        => Target.Span == other.Target.Span
           && (Replacement is null ? other.Replacement is null : other.Replacement is not null && Replacement.IsEquivalentTo(other.Replacement));
}
