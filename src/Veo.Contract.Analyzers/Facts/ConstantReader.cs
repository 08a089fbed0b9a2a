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

    // Durations and most seeds are small: their wire text is made once, not once per request.
    private static readonly string[] SmallNumbers = CreateSmallNumbers(64);

    public static FactCandidates Read(IOperation value, RuleField field, bool removable, ParameterValues? bound, BodyText body)
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
    /// initializer may set constants (r.Extra = new GenerationExtra { … }). A later assignment of such a value needs no analysis.
    /// </summary>
    public static bool MayHoldConstant(IOperation value)
        => StripConversions(value) is var operation
           && (operation.ConstantValue.HasValue || operation is IConditionalOperation or IObjectCreationOperation or ILocalReferenceOperation);

    /// <summary>Drops conversions that do not change the value: to Nullable&lt;T&gt; (Duration is int?) and other implicit ones.</summary>
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

    private static void Read(IOperation value, RuleField field, bool removable, ParameterValues? bound, BodyText body, int depth, List<FactCandidate> into)
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
    private static FactCandidate ReadSingle(IOperation operation, RuleField field, bool removable, ParameterValues? bound, BodyText body)
    {
        if (!operation.ConstantValue.HasValue && operation is IParameterReferenceOperation parameter
            && bound?.Find(parameter.Parameter) is { } argument)
        {
            // A constant a call passes (or a default value): reported there, where it can be changed; nothing to remove.
            var passed = StripConversions(argument);
            return new FactCandidate(FactValue.Known(ToWire(passed, field)), argument.Syntax, removable: false);
        }

        // A local assigned one constant is read where it is used: the diagnostic and its fix land on that use.
        var source = operation is ILocalReferenceOperation local && !operation.ConstantValue.HasValue
            ? LocalValue.Find(local, body) ?? operation
            : operation;
        return source.ConstantValue.HasValue
            ? new FactCandidate(FactValue.Known(ToWire(source, field)), operation.Syntax, removable)
            : FactCandidate.Unknown(operation.Syntax);
    }

    /// <summary>The wire text of a constant: enums by their serialized name, numbers in invariant culture.</summary>
    private static string? ToWire(IOperation constant, RuleField field)
    {
        var value = constant.ConstantValue.Value;
        if (value is null)
        {
            return null;
        }

        if (constant is IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } member })
        {
            // Resolution.FullHd1080p names its member: no search of the enum's members for the value.
            return field.EnumWireValue(member.Name) ?? member.Name;
        }

        var type = constant.Type;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return EnumWire(enumType, value, field);
        }

        if (value is int number && number >= 0 && number < SmallNumbers.Length)
        {
            return SmallNumbers[number];
        }

        return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
    }

    /// <summary>
    /// The wire text of an enum constant: the spec's value for the member's name (from the schema table, as the client
    /// sends it); a value no member has (a cast such as (Resolution)7) goes out as its number.
    /// </summary>
    private static string EnumWire(INamedTypeSymbol enumType, object value, RuleField field)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } constant && Equals(constant.ConstantValue, value))
            {
                return field.EnumWireValue(constant.Name) ?? constant.Name;
            }
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static string[] CreateSmallNumbers(int count)
    {
        var numbers = new string[count];
        for (var i = 0; i < count; i++)
        {
            numbers[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return numbers;
    }

    private static bool IsNullable(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
}
