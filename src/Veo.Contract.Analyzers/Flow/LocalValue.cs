using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The constant a local certainly holds: <c>var d = 6;</c> and no other write, or every write in its scope stores the
/// same constant (the compiler's definite assignment then guarantees a read sees it). Any write the analyzer cannot
/// read as a plain constant store (++, +=, ref/out, a deconstruction, a ref alias, a different constant on a branch,
/// in a loop or in a lambda) makes the local unknown.
/// </summary>
internal static class LocalValue
{
    /// <summary>The operation whose constant the local holds, or null when it is not certain.</summary>
    public static IOperation? Find(ILocalReferenceOperation reference, BodyText body)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst)
        {
            return null;
        }

        // The local's scope lies inside the member body that holds the read: reads and writes in lambdas and local
        // functions of that body are descendants of it too. Statements that cannot name the local are not walked.
        var root = (IOperation)reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        IOperation? written = null;
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            var inBlock = operation.Kind == OperationKind.Block;
            foreach (var child in operation.ChildOperations)
            {
                if (!inBlock || body.MayName(child, child.Syntax.FullSpan, local.Name))
                {
                    pending.Push(child);
                }
            }

            if (!TryReadWrite(operation, local, ref written))
            {
                return null;
            }
        }

        return written;
    }

    /// <summary>
    /// Folds one operation into <paramref name="written"/> when it declares or writes <paramref name="local"/>; false
    /// when the write is not a plain store of the same constant.
    /// </summary>
    private static bool TryReadWrite(IOperation operation, ILocalSymbol local, ref IOperation? written)
    {
        IOperation? value;
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                value = declarator.Initializer?.Value;
                if (value is null)
                {
                    return true;
                }

                break;
            case ILocalReferenceOperation other when SymbolEqualityComparer.Default.Equals(other.Local, local):
                if (IsRead(other))
                {
                    return true;
                }

                value = other.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && assignment.Target == other ? assignment.Value : null;
                break;
            default:
                return true;
        }

        if (value is null || !value.ConstantValue.HasValue
            || (written is not null && !Equals(written.ConstantValue.Value, value.ConstantValue.Value)))
        {
            return false;
        }

        written ??= value;
        return true;
    }

    /// <summary>False for every position that may change the local or alias it; anything unforeseen counts as a write.</summary>
    public static bool IsRead(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target != reference,
        IIncrementOrDecrementOperation or IAddressOfOperation or ITupleOperation or IDeclarationExpressionOperation => false,
        IArgumentOperation argument => argument.Parameter is { RefKind: RefKind.None or RefKind.In },
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => !declarator.Symbol.IsRef,
        IReturnOperation => true,
        _ => reference.Parent is not null,
    };
}
