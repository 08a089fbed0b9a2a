using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Everything the analyzer needs from one compilation, resolved once at compilation start: the request type,
/// its rule-relevant properties, enum wire names and how helper methods' parameters map to fields.
/// </summary>
internal sealed class RequestSymbols
{
    public const string RequestTypeName = "Veo.Contract.CreateTaskRequest";

    private RequestSymbols(INamedTypeSymbol requestType, RequestFieldNode root)
    {
        RequestType = requestType;
        Root = root;
        EnumWireNames = new EnumWireNames();
        Parameters = new ParameterFieldMap(requestType, root);
    }

    public INamedTypeSymbol RequestType { get; }

    /// <summary>The request's properties that rules read.</summary>
    public RequestFieldNode Root { get; }

    public EnumWireNames EnumWireNames { get; }

    public ParameterFieldMap Parameters { get; }

    /// <summary>Null when the compilation does not reference the client: then the analyzer does nothing at all.</summary>
    public static RequestSymbols? TryCreate(Compilation compilation)
    {
        var requestType = compilation.GetTypeByMetadataName(RequestTypeName);
        return requestType is null ? null : new RequestSymbols(requestType, RequestFieldNode.Build(requestType, RuleFields()));
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

    /// <summary>Every field any rule reads, once each.</summary>
    private static List<RuleField> RuleFields()
    {
        var seen = new HashSet<string>();
        var fields = new List<RuleField>();
        void Add(RuleField field)
        {
            if (seen.Add(field.WireName))
            {
                fields.Add(field);
            }
        }

        Add(VeoRuleTable.ModelField);
        foreach (var rule in VeoRuleTable.Rules)
        {
            foreach (var field in rule.InputFields())
            {
                Add(field);
            }
        }

        return fields;
    }
}
