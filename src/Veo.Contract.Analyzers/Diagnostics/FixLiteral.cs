using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Writes a value as a C# expression of a property's type, for the code fixes: a number, true or false, an enum
/// member, or the client's named constant where it has one (the field's constants class), else a string literal.
/// </summary>
internal static class FixLiteral
{
    public static string? Format(FactValue value, ITypeSymbol type, ContractField field, RequestSymbols symbols)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var text = value.Text;
        if (text is null)
        {
            return null;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String when value.Kind == FactKind.String:
                return NamedConstant(text, field, symbols) ?? SymbolDisplay.FormatLiteral(text, quote: true);
            case SpecialType.System_Int32 or SpecialType.System_Int64 when value.Kind == FactKind.Number:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? text : null;
            case SpecialType.System_Double or SpecialType.System_Decimal when value.Kind == FactKind.Number:
                return text;
            case SpecialType.System_Boolean when value.Kind == FactKind.Boolean:
                return text;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            && value.Kind == FactKind.String
            && field.EnumMemberName(text) is { } memberName
            && enumType.GetMembers(memberName).Length > 0)
        {
            // Fully qualified; the code fix marks it for simplification.
            return "global::" + enumType.ToDisplayString() + "." + memberName;
        }

        return null;
    }

    /// <summary>The const field of the field's constants class whose value is <paramref name="wireText"/>.</summary>
    private static string? NamedConstant(string wireText, ContractField field, RequestSymbols symbols)
    {
        if (symbols.ConstantsClass(field) is not { } constants)
        {
            return null;
        }

        foreach (var member in constants.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } constant && value == wireText)
            {
                return "global::" + constants.ToDisplayString() + "." + constant.Name;
            }
        }

        return null;
    }
}
