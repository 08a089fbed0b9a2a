using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers;

/// <summary>
/// A private method or local function of the same file that builds a request from its parameters:
/// <c>static Request Make(int count) => new() { …, Count = count };</c>. Its requests are analyzed
/// again with the constants of one call (or one default value) bound to its parameters, so the finding lands on the
/// argument or default the user can change. Public helpers are left alone: unknown code may call them.
/// </summary>
internal static class HelperCall
{
    /// <summary>The helper's body when <paramref name="method"/> is such a helper declared in the tree of <paramref name="site"/>.</summary>
    public static IOperation? Body(IMethodSymbol method, IOperation site, RequestSymbols symbols)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || (method.MethodKind == MethodKind.Ordinary && method.DeclaredAccessibility != Accessibility.Private)
            || !symbols.IsRequestType(method.ReturnType)
            || method.DeclaringSyntaxReferences.Length != 1
            || site.SemanticModel is not { } semantics)
        {
            return null;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != semantics.SyntaxTree)
        {
            return null;
        }

        var syntax = reference.GetSyntax();
        return syntax is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax ? semantics.GetOperation(syntax) : null;
    }

    /// <summary>The request origins the helper's body builds (new Request { … } and the like).</summary>
    public static List<IOperation> Origins(IOperation body, RequestSymbols symbols)
    {
        var origins = new List<IOperation>();
        foreach (var operation in body.Descendants())
        {
            if (RequestOrigin.Is(operation, symbols))
            {
                origins.Add(operation);
            }
        }

        return origins;
    }
}
