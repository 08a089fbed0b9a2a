using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The request's properties that rules read, as a tree of property symbols: Request → Name, …,
/// Options → Style. A leaf carries the rule field (and so the wire name) its value feeds.
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

    /// <summary>The rule field when a rule reads this property's value; null for a container such as Options.</summary>
    public ContractField? Field { get; private set; }

    /// <summary>A field's position in the root's <see cref="Leaves"/>, so facts live in arrays; -1 for a container.</summary>
    public int LeafIndex { get; private set; } = -1;

    /// <summary>Every field at or below this node, worked out once when the tree is built (forgetting Options needs them often).</summary>
    public RequestFieldNode[] Leaves { get; private set; } = Array.Empty<RequestFieldNode>();

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

    /// <summary>Resolves each rule field's .NET property path on the request type; a path the type lacks is skipped.</summary>
    public static RequestFieldNode Build(INamedTypeSymbol requestType, IEnumerable<ContractField> fields)
    {
        var root = new RequestFieldNode(null);
        foreach (var field in fields)
        {
            root.Add(requestType, field.PropertyName.Split('.'), 0, field);
        }

        root.NumberLeaves(new List<RequestFieldNode>());
        return root;
    }

    /// <summary>Numbers the fields in tree order and gives each node the list of fields below it.</summary>
    private RequestFieldNode[] NumberLeaves(List<RequestFieldNode> numbered)
    {
        var below = new List<RequestFieldNode>();
        if (Field is not null)
        {
            LeafIndex = numbered.Count;
            numbered.Add(this);
            below.Add(this);
        }

        foreach (var child in _children.Values)
        {
            below.AddRange(child.NumberLeaves(numbered));
        }

        Leaves = below.ToArray();
        return Leaves;
    }

    private void Add(ITypeSymbol type, string[] path, int index, ContractField field)
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
