using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Where a value read from a local comes from, when that read is the local's only one: the constants stored into it
/// (its initializer, plain assignments). A fix then changes the local's value instead of the read, so no local is left
/// assigned and never used (CS0219). Any other read, or a write that is not a plain store of a constant, and the fix
/// changes the read itself.
/// </summary>
internal static class LocalSource
{
    /// <summary>The local's declarator and the values stored into it; null when <paramref name="read"/> is not such a local's only read.</summary>
    public static (VariableDeclaratorSyntax Declarator, List<ExpressionSyntax> Writes)? Find(ExpressionSyntax read, SemanticModel model, CancellationToken cancellationToken)
    {
        if (read is not IdentifierNameSyntax name
            || model.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol { IsRef: false } local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        var writes = new List<ExpressionSyntax>();
        if (declarator.Initializer is { } initializer)
        {
            writes.Add(initializer.Value);
        }

        foreach (var node in Scope(declarator).DescendantNodes())
        {
            if (node is not IdentifierNameSyntax other || other.Identifier.ValueText != local.Name || other == name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(other, cancellationToken).Symbol, local))
            {
                continue;
            }

            if (other.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax } assignment
                && assignment.Left == other)
            {
                writes.Add(assignment.Right);
                continue;
            }

            return null; // another read, or a write the fix cannot follow (++, +=, ref, out)
        }

        foreach (var write in writes)
        {
            if (!model.GetConstantValue(write, cancellationToken).HasValue)
            {
                return null;
            }
        }

        return writes.Count > 0 ? (declarator, writes) : null;
    }

    /// <summary>Everything that can name the local: its member, or the file for a top-level statement.</summary>
    private static SyntaxNode Scope(SyntaxNode declarator)
    {
        foreach (var ancestor in declarator.Ancestors())
        {
            if (ancestor is GlobalStatementSyntax)
            {
                return ancestor.SyntaxTree.GetRoot();
            }

            if (ancestor is MemberDeclarationSyntax)
            {
                return ancestor;
            }
        }

        return declarator.SyntaxTree.GetRoot();
    }
}
