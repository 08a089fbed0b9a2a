using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The source text of one member body, copied once, to answer "can this statement name that local at all?" by a
/// plain search: far cheaper than walking the statement's operations, and a statement that never names a local
/// cannot change it. Roslyn runs the actions of one body one after the other on one thread, so the copy lives in the
/// thread's collector and serves every request of the body.
/// </summary>
internal sealed class BodyText
{
    private char[] _chars = new char[256];
    private int _start;
    private int _length;
    private IOperation? _root;

    // True when the body holds a unicode escape or a formatting character: C# accepts both inside identifiers, so a
    // name can then be spelled in ways a search does not see, and every statement counts as naming every local.
    private bool _mayHideNames;

    /// <summary>
    /// False only when <paramref name="name"/> certainly does not occur as a whole word in <paramref name="span"/>, a
    /// span of the body that holds <paramref name="operation"/>. Anything in doubt answers true.
    /// </summary>
    public bool MayName(IOperation operation, TextSpan span, string name)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        if (root != _root)
        {
            Copy(root);
        }

        var start = span.Start - _start;
        if (_mayHideNames || name.Length == 0 || start < 0 || span.End - _start > _length)
        {
            return true;
        }

        var text = new ReadOnlySpan<char>(_chars, start, span.Length);
        for (var offset = 0; ;)
        {
            var found = text.Slice(offset).IndexOf(name.AsSpan(), StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            if (!IsIdentifierPart(text, at - 1) && !IsIdentifierPart(text, at + name.Length))
            {
                return true;
            }

            offset = at + 1;
        }
    }

    private void Copy(IOperation root)
    {
        var span = root.Syntax.FullSpan;
        if (_chars.Length < span.Length)
        {
            _chars = new char[Math.Max(span.Length, _chars.Length * 2)];
        }

        root.Syntax.SyntaxTree.GetText().CopyTo(span.Start, _chars, 0, span.Length);
        _root = root;
        _start = span.Start;
        _length = span.Length;
        _mayHideNames = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = _chars[i];
            if ((c == '\\' && i + 1 < span.Length && _chars[i + 1] is 'u' or 'U')
                || (c >= 0x80 && char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                _mayHideNames = true;
                return;
            }
        }
    }

    /// <summary>True when the character at <paramref name="index"/> would continue an identifier (false outside the text).</summary>
    private static bool IsIdentifierPart(ReadOnlySpan<char> text, int index)
        => index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');
}
