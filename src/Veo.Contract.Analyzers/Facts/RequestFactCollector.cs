using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Gathers what one request is set to: its constructor or helper arguments, its object initializer (nested ones such as
/// Options = { … } included) and plain assignments to the same local in the statements that follow in the same block.
/// It looks only at those operations, never at the rest of the tree.
/// </summary>
internal sealed class RequestFactCollector
{
    private readonly RequestSymbols _symbols;

    public RequestFactCollector(RequestSymbols symbols)
    {
        _symbols = symbols;
        Facts = new RequestFactSet(symbols.Root);
    }

    public RequestFactSet Facts { get; }

    /// <summary>Scratch space for the rule engine, reused with the collector.</summary>
    public RequestFacts Evaluation { get; } = RequestFacts.Partial();

    /// <summary>
    /// True when every field of the request is known to the collector, so a field it never saw is really unset (and a
    /// required one missing): built with the parameterless constructor, then returned or passed to a client call
    /// straight away, or kept in a local that only the followed assignments touch before that return or call.
    /// </summary>
    public bool IsComplete { get; private set; }

    /// <summary>The text of the member body being analyzed, to skip statements that cannot name a local.</summary>
    public BodyText Body { get; } = new();

    /// <summary>Constants bound to the parameters of the helper being analyzed for one call site; null elsewhere.</summary>
    public ParameterValues? Bound { get; set; }

    /// <summary>Starts over for another request: collectors are reused, one per thread, so analysis allocates little.</summary>
    public void Clear()
    {
        Facts.Clear();
        Evaluation.Clear();
        IsComplete = false;
        Bound = null;
    }

    /// <summary>What the origin itself sets: helper or constructor arguments and an object or with-initializer.</summary>
    public void AddOrigin(IOperation origin)
    {
        switch (origin)
        {
            case IObjectCreationOperation creation:
                AddArguments(creation.Constructor, creation.Arguments);
                AddInitializer(creation.Initializer, _symbols.Root);
                // A constructor with parameters is code the analyzer does not read: it may set any field.
                IsComplete = creation.Arguments.IsEmpty && IsSentOrReturned(creation);
                break;
            case IInvocationOperation invocation:
                AddArguments(invocation.TargetMethod, invocation.Arguments);
                break;
            case IWithOperation with:
                // Fields the with-initializer does not name are copied from a value the analyzer does not track: unknown.
                AddInitializer(with.Initializer, _symbols.Root);
                break;
        }
    }

    /// <summary>Arguments matched to fields by parameter symbol (named or positional alike; omitted ones by their default).</summary>
    private void AddArguments(IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (method is null)
        {
            return;
        }

        var fields = _symbols.Parameters.For(method);
        if (fields.IsEmpty)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            var ordinal = argument.Parameter?.Ordinal ?? -1;
            // An omitted argument whose default is null leaves the field to the helper: it says nothing about the value.
            if (argument.ArgumentKind == ArgumentKind.DefaultValue && argument.Value is { ConstantValue: { HasValue: true, Value: null } })
            {
                continue;
            }

            if (ordinal >= 0 && ordinal < fields.Length && fields[ordinal] is { } field && argument.Value is { } value)
            {
                AssignValue(field, value, removable: false);
            }
        }
    }

    private void AddInitializer(IObjectOrCollectionInitializerOperation? initializer, RequestFieldNode node)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when node.TryGetChild(target.Property, out var child):
                    AssignValue(child, assignment.Value, removable: true);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } member
                    when node.TryGetChild(target.Property, out var child):
                    // Options = { Style = … } fills the existing object; fields it does not name are not known.
                    Facts.Forget(child);
                    AddInitializer(member.Initializer, child);
                    break;
            }
        }
    }

    /// <summary>Follows the statements after <paramref name="origin"/> when it is stored in a local: r.Count = 6; …</summary>
    public void AddLaterAssignments(IOperation origin)
    {
        if (!TryFindLocal(origin, out var local, out var statement) || statement.Parent is not IBlockOperation block)
        {
            return;
        }

        // Only a request made by the parameterless constructor can turn out complete; the first statement that names
        // the local other than to set a field decides: a return or client call completes it, anything else is unknown code.
        var deciding = origin is IObjectCreationOperation { Arguments.IsEmpty: true };
        var index = block.Operations.IndexOf(statement);
        for (var i = index + 1; index >= 0 && i < block.Operations.Length; i++)
        {
            var next = block.Operations[i];
            // The full span (trivia included) costs nothing to read, where the span walks down to the first token; a
            // name in a comment then only costs the walk it would have cost anyway.
            if (!Body.MayName(next, next.Syntax.FullSpan, local.Name))
            {
                // Most statements after a request never mention it; walking their operations was most of the analyzer's time.
                continue;
            }

            if (next is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                && TryResolve(assignment.Target, local, out var node))
            {
                AssignValue(node, assignment.Value, removable: true);
                if (!ForgetWrites(assignment.Value, local) || (deciding && Names(assignment.Value, local) > 0))
                {
                    deciding = false;
                }

                continue;
            }

            if (deciding)
            {
                IsComplete = Sends(next, local);
                deciding = false;
            }

            if (!ForgetWrites(next, local))
            {
                return;
            }
        }
    }

    /// <summary><c>return new Request { … };</c> or <c>client.SubmitAsync(new Request { … })</c>.</summary>
    private bool IsSentOrReturned(IOperation origin)
    {
        var operation = origin;
        while (operation.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion;
        }

        return operation.Parent switch
        {
            IReturnOperation => true,
            IArgumentOperation { Parent: IInvocationOperation invocation } => _symbols.IsClientCall(invocation.TargetMethod),
            _ => false,
        };
    }

    /// <summary><c>return r;</c>, or a statement that passes r to a client call and names it nowhere else.</summary>
    private bool Sends(IOperation statement, ILocalSymbol local)
    {
        if (statement is IReturnOperation { ReturnedValue: { } returned })
        {
            return IsLocal(returned, local);
        }

        var sent = false;
        foreach (var operation in statement.DescendantsAndSelf())
        {
            if (operation is IArgumentOperation { Parent: IInvocationOperation invocation } argument
                && IsLocal(argument.Value, local)
                && _symbols.IsClientCall(invocation.TargetMethod))
            {
                sent = true;
            }
        }

        return sent && Names(statement, local) == 1;
    }

    private static int Names(IOperation operation, ILocalSymbol local)
    {
        var count = 0;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsLocal(IOperation value, ILocalSymbol local)
        => ConstantReader.StripConversions(value) is ILocalReferenceOperation reference
           && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    private void AssignValue(RequestFieldNode node, IOperation value, bool removable)
    {
        if (node.Field is not null)
        {
            Facts.Set(node, ConstantReader.Read(value, node.Field, removable, Bound, Body));
            return;
        }

        // A container such as Options: a new object's initializer says what its fields are; any other value hides them.
        Facts.Forget(node);
        if (ConstantReader.StripConversions(value) is IObjectCreationOperation creation)
        {
            AddInitializer(creation.Initializer, node);
        }
    }

    /// <summary>
    /// Marks fields written anywhere inside a statement the analyzer does not follow (an if, a lambda, a compound assignment)
    /// as unknown. Returns false when the statement may replace the local itself: later statements then describe another request.
    /// </summary>
    private bool ForgetWrites(IOperation statement, ILocalSymbol local)
    {
        foreach (var operation in statement.DescendantsAndSelf())
        {
            IOperation? target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: not RefKind.None } argument => argument.Value,
                _ => null,
            };
            if (target is not null && !ForgetTarget(target, local))
            {
                return false;
            }
        }

        return true;
    }

    private bool ForgetTarget(IOperation target, ILocalSymbol local)
    {
        if (target is ITupleOperation tuple)
        {
            foreach (var element in tuple.Elements)
            {
                if (!ForgetTarget(element, local))
                {
                    return false;
                }
            }

            return true;
        }

        if (target is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
        {
            return false;
        }

        if (TryResolve(target, local, out var node))
        {
            Facts.Forget(node);
        }

        return true;
    }

    /// <summary>Maps r.Options.Style (rooted at <paramref name="local"/>) to its field node.</summary>
    private bool TryResolve(IOperation target, ILocalSymbol local, out RequestFieldNode node)
    {
        node = _symbols.Root;
        return target is IPropertyReferenceOperation property && TryResolveProperty(property, local, ref node);
    }

    /// <summary>Resolves the instance first (r, then r.Options), then this property below it; no list of the path is built.</summary>
    private static bool TryResolveProperty(IPropertyReferenceOperation property, ILocalSymbol local, ref RequestFieldNode node)
    {
        var resolved = property.Instance switch
        {
            ILocalReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Local, local),
            IPropertyReferenceOperation parent => TryResolveProperty(parent, local, ref node),
            _ => false,
        };
        return resolved && node.TryGetChild(property.Property, out node);
    }

    private static bool TryFindLocal(IOperation origin, out ILocalSymbol local, out IOperation statement)
    {
        switch (origin.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                when declarator.Parent?.Parent is IVariableDeclarationGroupOperation group:
                local = declarator.Symbol;
                statement = group;
                return true;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation reference, Parent: IExpressionStatementOperation expressionStatement } assignment
                when assignment.Value == origin:
                local = reference.Local;
                statement = expressionStatement;
                return true;
            default:
                local = null!;
                statement = origin;
                return false;
        }
    }
}
