using System.Text;

namespace Veo.Contract.SpecCompiler;

/// <summary>Turns wire names (snake_case, camelCase, kebab-case, "veo-3.1") into PascalCase .NET identifiers.</summary>
internal static class DotNetNames
{
    public static string ToPascalCase(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        foreach (var c in wireName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Value");
        }

        return builder.ToString();
    }

    /// <summary>"extra.personGeneration" becomes "Extra.PersonGeneration".</summary>
    public static string ToPropertyPath(string wirePath)
        => string.Join(".", wirePath.Split('.').Select(ToPascalCase));
}
