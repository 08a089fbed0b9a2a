using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Turns an assigned expression into what the compiler knows of it: literals, const fields and locals, enum members,
/// folded concatenations (all via IOperation.ConstantValue), both branches of a ?: and locals that certainly hold one
/// constant (<see cref="LocalValue"/>). Anything else is unknown.
/// </summary>
internal static class ConstantReader
{
    // Deeper ?: nests are treated as unknown; they are rare and each level doubles the combinations to check.
    private const int MaxConditionalDepth = 4;

    public static FactCandidates Read(IOperation value, ContractField field, bool removable, ParameterValues? bound, BodyText body)
    {
        var operation = StripConversions(value);
        if (operation is not IConditionalOperation)
        {
            // Almost every value: one candidate, nothing allocated.
            return new FactCandidates(ReadSingle(operation, field, removable, bound, body));
        }

        var candidates = new List<FactCandidate>(2);
        Read(operation, field, removable, bound, body, 0, candidates);
        return new FactCandidates(candidates.ToArray());
    }

    /// <summary>
    /// False when <paramref name="value"/> can hold no diagnostic: not a constant, not a ?: and not a new object whose
    /// initializer may set constants (r.Options = new Options { … }). A later assignment of such a value needs no analysis.
    /// </summary>
    public static bool MayHoldConstant(IOperation value)
        => StripConversions(value) is var operation
           && (operation.ConstantValue.HasValue || operation is IConditionalOperation or IObjectCreationOperation or ILocalReferenceOperation);

    /// <summary>Drops conversions that do not change the value: to Nullable&lt;T&gt; (a Count of type int?) and other implicit ones.</summary>
    public static IOperation StripConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion
               && !conversion.ConstantValue.HasValue
               && (conversion.IsImplicit || IsNullable(conversion.Type)))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static void Read(IOperation value, ContractField field, bool removable, ParameterValues? bound, BodyText body, int depth, List<FactCandidate> into)
    {
        var operation = StripConversions(value);
        if (!operation.ConstantValue.HasValue
            && operation is IConditionalOperation { WhenFalse: { } whenFalse } conditional
            && depth < MaxConditionalDepth)
        {
            // Either branch may be what is sent, so each constant branch is checked on its own; the ?: as a whole is not removable.
            Read(conditional.WhenTrue, field, removable: false, bound, body, depth + 1, into);
            Read(whenFalse, field, removable: false, bound, body, depth + 1, into);
        }
        else
        {
            into.Add(ReadSingle(operation, field, removable, bound, body));
        }
    }

    /// <summary>A constant, or unknown; <paramref name="operation"/> has had its conversions stripped.</summary>
    private static FactCandidate ReadSingle(IOperation operation, ContractField field, bool removable, ParameterValues? bound, BodyText body)
    {
        if (!operation.ConstantValue.HasValue && operation is IParameterReferenceOperation parameter
            && bound?.Find(parameter.Parameter) is { } argument)
        {
            // A constant a call passes (or a default value): reported there, where it can be changed; nothing to remove.
            var passed = StripConversions(argument);
            return new FactCandidate(ToFact(passed, field), argument.Syntax, removable: false);
        }

        // A local assigned one constant is read where it is used: the diagnostic and its fix land on that use.
        var source = operation is ILocalReferenceOperation local && !operation.ConstantValue.HasValue
            ? LocalValue.Find(local, body) ?? operation
            : operation;
        return source.ConstantValue.HasValue
            ? new FactCandidate(ToFact(source, field), operation.Syntax, removable)
            : FactCandidate.Unknown(operation.Syntax);
    }

    /// <summary>
    /// What a constant sends: null is not sent; enums by their serialized name (a value no member names, such as
    /// (Size)7, goes out as its number); numbers in invariant culture; text as it is.
    /// </summary>
    private static FactValue ToFact(IOperation constant, ContractField field)
    {
        var value = constant.ConstantValue.Value;
        switch (value)
        {
            case null:
                return FactValue.Absent;
            case string text:
                return FactValue.String(text);
            case bool flag:
                return FactValue.Boolean(flag);
        }

        if (constant is IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } member })
        {
            // Size.Large names its member: no search of the enum's members for the value.
            return EnumFact(member.Name, value, field);
        }

        if (constant.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return EnumFact(MemberName(enumType, value), value, field);
        }

        return value is IFormattable formattable ? FactValue.Number(formattable.ToString(null, CultureInfo.InvariantCulture)) : FactValue.String(value.ToString() ?? string.Empty);
    }

    /// <summary>The spec's wire value for the member's name (from the contract table, as the client sends it), else the number.</summary>
    private static FactValue EnumFact(string? memberName, object value, ContractField field)
        => memberName is not null && field.EnumWireValue(memberName) is { } wire
            ? FactValue.String(wire)
            : FactValue.Number(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);

    private static string? MemberName(INamedTypeSymbol enumType, object value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } constant && Equals(constant.ConstantValue, value))
            {
                return constant.Name;
            }
        }

        return null;
    }

    private static bool IsNullable(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
}
