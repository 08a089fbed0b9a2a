using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>One value a field may have where the request is used: a constant (or one branch of a ?:) and where it is written.</summary>
internal readonly struct FactCandidate
{
    public FactCandidate(FactValue value, SyntaxNode? syntax, bool removable)
    {
        Value = value;
        Syntax = syntax;
        Removable = removable;
    }

    public FactValue Value { get; }

    /// <summary>The expression to underline; null for a value nobody wrote (a field forgotten after an opaque change).</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>True when the value is the whole right-hand side of an assignment a fix may delete.</summary>
    public bool Removable { get; }

    public static FactCandidate Unknown(SyntaxNode? syntax) => new(FactValue.Unknown, syntax, removable: false);
}
