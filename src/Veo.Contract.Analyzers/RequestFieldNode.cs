using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The request's properties that rules read, as a tree of property symbols: CreateTaskRequest → Model, …,
/// Extra → PersonGeneration. A leaf carries the rule field (and so the wire name) its value feeds.
/// </summary>
internal sealed class RequestFieldNode
{
    private readonly Dictionary<IPropertySymbol, RequestFieldNode> _children = new(SymbolEqualityComparer.Default);

    private RequestFieldNode(IPropertySymbol? property)
    {
        Property = property;
    }

    /// <summary>The property this node stands for; null for the request itself.</summary>
    public IPropertySymbol? Property { get; }

    /// <summary>The rule field when a rule reads this property's value; null for a container such as Extra.</summary>
    public RuleField? Field { get; private set; }

    public bool TryGetChild(IPropertySymbol property, out RequestFieldNode child)
    {
        if (_children.TryGetValue(property, out var found))
        {
            child = found;
            return true;
        }

        child = this;
        return false;
    }

    /// <summary>Every field below (or at) this node.</summary>
    public void CollectLeaves(List<RequestFieldNode> leaves)
    {
        if (Field is not null)
        {
            leaves.Add(this);
        }

        foreach (var child in _children.Values)
        {
            child.CollectLeaves(leaves);
        }
    }

    /// <summary>Resolves each rule field's .NET property path on the request type; a path the type lacks is skipped.</summary>
    public static RequestFieldNode Build(INamedTypeSymbol requestType, IEnumerable<RuleField> fields)
    {
        var root = new RequestFieldNode(null);
        foreach (var field in fields)
        {
            root.Add(requestType, field.PropertyName.Split('.'), 0, field);
        }

        return root;
    }

    private void Add(ITypeSymbol type, string[] path, int index, RuleField field)
    {
        var property = FindProperty(type, path[index]);
        if (property is null)
        {
            return;
        }

        if (!_children.TryGetValue(property, out var child))
        {
            child = new RequestFieldNode(property);
            _children.Add(property, child);
        }

        if (index == path.Length - 1)
        {
            child.Field = field;
        }
        else
        {
            child.Add(property.Type, path, index + 1, field);
        }
    }

    private static IPropertySymbol? FindProperty(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol property)
                {
                    return property;
                }
            }
        }

        return null;
    }
}
