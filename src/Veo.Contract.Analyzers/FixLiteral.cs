using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veo.Contract.Analyzers;

/// <summary>Writes a wire value as a C# expression of a property's type, for the code fixes ("8", "\"veo-3.1\"", an enum member).</summary>
internal static class FixLiteral
{
    public static string? Format(string wireText, ITypeSymbol type, EnumWireNames enums)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return SymbolDisplay.FormatLiteral(wireText, quote: true);
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
                return long.TryParse(wireText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? wireText
                    : null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && enums.FindMember(enumType, wireText) is { } member)
        {
            // Fully qualified; the code fix marks it for simplification.
            return "global::" + enumType.ToDisplayString() + "." + member.Name;
        }

        return null;
    }
}
