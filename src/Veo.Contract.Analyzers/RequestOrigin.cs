using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The operations that produce a request whose fields the analyzer follows: <c>new Request { … }</c>, a call
/// returning one (a client helper's arguments are mapped to fields) and <c>with { … }</c>.
/// </summary>
internal static class RequestOrigin
{
    public static bool Is(IOperation? operation, RequestSymbols symbols) => operation switch
    {
        IObjectCreationOperation creation => symbols.IsRequestType(creation.Type),
        // The operation's own type, not TargetMethod.ReturnType: that builds a new symbol wrapper on every call.
        IInvocationOperation invocation => symbols.IsRequestType(invocation.Type),
        IWithOperation with => symbols.IsRequestType(with.Type),
        _ => false,
    };

    /// <summary>
    /// The request <paramref name="local"/> holds at statement <paramref name="index"/> of <paramref name="block"/>: the
    /// nearest earlier statement that declares or assigns it, when that statement stores an origin.
    /// </summary>
    public static IOperation? FindBefore(IBlockOperation block, int index, ILocalSymbol local, RequestSymbols symbols)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            switch (block.Operations[i])
            {
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                            {
                                var value = declarator.Initializer?.Value;
                                return Is(value, symbols) ? value : null;
                            }
                        }
                    }

                    break;
                case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment }
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return Is(assignment.Value, symbols) ? assignment.Value : null;
            }
        }

        return null;
    }
}
