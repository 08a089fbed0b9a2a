using System.Globalization;
using System.Text;

namespace Veo.Contract.SpecCompiler;

/// <summary>C# source text for values the table writers emit: string literals and string arrays.</summary>
internal static class CSharpText
{
    /// <summary>A regular string literal; control and line-breaking characters are escaped, as C# requires.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case var control when char.IsControl(control) || control is '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)control).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string List(IReadOnlyList<string> values)
        => values.Count == 0 ? "System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(Literal)) + " }";
}
