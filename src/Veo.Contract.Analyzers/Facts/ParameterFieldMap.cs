using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Which parameters of the client's own request-building APIs set which field. A constructor of the request, or a
/// method of the client assembly that returns a request, maps a parameter to a field when the parameter is named
/// after the field's property (camelCase of its last segment: count, aspectRatio, style).
/// Helpers added to the client later are checked without touching the analyzer. Worked out per call, not cached: a
/// per-symbol cache showed no difference in any benchmark (benchmarks/README.md, goal 5).
/// </summary>
internal sealed class ParameterFieldMap
{
    private readonly INamedTypeSymbol _requestType;
    private readonly Dictionary<string, RequestFieldNode> _byParameterName = new(StringComparer.OrdinalIgnoreCase);

    public ParameterFieldMap(INamedTypeSymbol requestType, RequestFieldNode root)
    {
        _requestType = requestType;
        foreach (var leaf in root.Leaves)
        {
            var path = leaf.Field!.PropertyName;
            _byParameterName[path.Substring(path.LastIndexOf('.') + 1)] = leaf;
        }
    }

    /// <summary>The field each parameter sets (null for parameters that set none); empty when the method is not a request builder.</summary>
    public ImmutableArray<RequestFieldNode?> For(IMethodSymbol method)
        => method.Parameters.IsEmpty
            ? ImmutableArray<RequestFieldNode?>.Empty // new Request { … }: by far the most common, no lookup
            : Compute(method.OriginalDefinition);

    private ImmutableArray<RequestFieldNode?> Compute(IMethodSymbol method)
    {
        var builds = method.MethodKind == MethodKind.Constructor
            ? SymbolEqualityComparer.Default.Equals(method.ContainingType, _requestType)
            : SymbolEqualityComparer.Default.Equals(method.ReturnType, _requestType);
        if (!builds || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _requestType.ContainingAssembly))
        {
            return ImmutableArray<RequestFieldNode?>.Empty;
        }

        var fields = ImmutableArray.CreateBuilder<RequestFieldNode?>(method.Parameters.Length);
        var any = false;
        foreach (var parameter in method.Parameters)
        {
            _byParameterName.TryGetValue(parameter.Name, out var leaf);
            fields.Add(leaf);
            any |= leaf is not null;
        }

        return any ? fields.MoveToImmutable() : ImmutableArray<RequestFieldNode?>.Empty;
    }
}
