using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// A textual pre-check: can a statement mention a local at all? Reading characters is far cheaper than walking the
/// statement's operations, and a statement that never names the local cannot change the request it holds.
/// </summary>
internal static class LocalNameScanner
{
    /// <summary>
    /// False only when <paramref name="name"/> cannot be named in <paramref name="span"/>: it does not occur there as a
    /// whole word, and nothing could spell it another way (a unicode escape, or a formatting character, which C#
    /// ignores inside identifiers). Anything in doubt answers true; a false true only costs the full walk.
    /// </summary>
    public static bool MayName(SourceText text, TextSpan span, string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        var first = name[0];
        var end = span.End;
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' || (c >= 0x80 && char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                return true;
            }

            if (c == first && i + name.Length <= end && Matches(text, i, name) && IsBoundary(text, i - 1) && (i + name.Length == end || IsBoundary(text, i + name.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(SourceText text, int start, string name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (text[start + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the character at <paramref name="position"/> cannot continue an identifier (or is outside the text).</summary>
    private static bool IsBoundary(SourceText text, int position)
        => position < 0 || position >= text.Length || !(char.IsLetterOrDigit(text[position]) || text[position] == '_');
}
