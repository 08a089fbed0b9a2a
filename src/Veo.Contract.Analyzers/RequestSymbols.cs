using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Everything the analyzer needs from one compilation, resolved once at compilation start: the request type,
/// its fields (from the generated schema table) and how helper methods' parameters map to fields.
/// </summary>
internal sealed class RequestSymbols
{
    private readonly Compilation _compilation;

    // Looked up once per class and compilation, and only when a fix needs one.
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _constantsClasses = new();

    private RequestSymbols(Compilation compilation, INamedTypeSymbol requestType, RequestFieldNode root)
    {
        _compilation = compilation;
        RequestType = requestType;
        Root = root;
        Parameters = new ParameterFieldMap(requestType, root);
    }

    public INamedTypeSymbol RequestType { get; }

    /// <summary>The request's properties that rules read.</summary>
    public RequestFieldNode Root { get; }

    public ParameterFieldMap Parameters { get; }

    /// <summary>Null when the compilation does not reference the client: then the analyzer does nothing at all.</summary>
    public static RequestSymbols? TryCreate(Compilation compilation)
    {
        var requestType = compilation.GetTypeByMetadataName(ContractSchema.RequestTypeName);
        return requestType is null ? null : new RequestSymbols(compilation, requestType, RequestFieldNode.Build(requestType, ContractSchema.ValueFields));
    }

    /// <summary>True for the request type and types derived from it.</summary>
    public bool IsRequestType(ITypeSymbol? type)
    {
        // Most operations are calls returning void, a struct or a special type: answered without walking base types.
        if (type is null || type.TypeKind != TypeKind.Class || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, RequestType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a method of the client that takes a request (VeoClient.SubmitAsync, CreateTaskAsync): a request passed
    /// to it is sent as it is. Methods of the request itself and of other assemblies are unknown code.
    /// </summary>
    public bool IsClientCall(IMethodSymbol method)
    {
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, RequestType.ContainingAssembly)
            || IsRequestType(method.ContainingType))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (IsRequestType(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The client's class of named constants (such as a class of known ids) for a field's known values; null when the client has none.</summary>
    public INamedTypeSymbol? ConstantsClass(ContractField field)
        => field.ConstantsClass is { } name
            ? _constantsClasses.GetOrAdd(name, className => _compilation.GetTypeByMetadataName(RequestType.ContainingNamespace.ToDisplayString() + "." + className))
            : null;
}
