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
}
