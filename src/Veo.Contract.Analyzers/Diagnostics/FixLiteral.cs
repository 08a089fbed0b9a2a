using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Writes a wire value as a C# expression of a property's type, for the code fixes: "8", an enum member, or the
/// client's named constant (VeoModels.Veo31) where it has one, else a string literal.
/// </summary>
internal static class FixLiteral
{
    public static string? Format(string wireText, ITypeSymbol type, RuleField field, RequestSymbols symbols)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return NamedConstant(wireText, field, symbols) ?? SymbolDisplay.FormatLiteral(wireText, quote: true);
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
                return long.TryParse(wireText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? wireText
                    : null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            && field.EnumMemberName(wireText) is { } memberName
            && enumType.GetMembers(memberName).Length > 0)
        {
            // Fully qualified; the code fix marks it for simplification.
            return "global::" + enumType.ToDisplayString() + "." + memberName;
        }

        return null;
    }

    /// <summary>The const field of the field's constants class (VeoModels) whose value is <paramref name="wireText"/>.</summary>
    private static string? NamedConstant(string wireText, RuleField field, RequestSymbols symbols)
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
