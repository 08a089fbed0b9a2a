using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// The source text of one member body, to answer "can this statement name that local at all?" by a plain search:
/// far cheaper than walking the statement's operations, and a statement that never names a local cannot change it.
/// Roslyn runs the callbacks of one body on one thread, so this lives in the thread's collector and serves every
/// request of the body.
/// </summary>
internal sealed class BodyText
{
    // The whole file's text, searched in place: a file read by the compiler is one string that SourceText.ToString()
    // hands out without copying, where copying each body cost 333 of the 841 bytes a valid request allocated (replay
    // --compare: 841 -> 508 B per valid request, 4047 -> 3713 B with findings; CPU within the run's quartiles,
    // benchmarks/README.md). Kept with its SourceText, because a large file's SourceText copies on every ToString().
    private SourceText? _source;
    private string _text = string.Empty;
    private TextSpan _body;
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
            Read(root);
        }

        var start = span.Start;
        var end = span.End;
        if (_mayHideNames || name.Length == 0 || start < _body.Start || end > _body.End)
        {
            return true;
        }

        // string.IndexOf, not a span search: the analyzer references only what every compiler host provides.
        for (var from = start; from < end;)
        {
            var at = _text.IndexOf(name, from, end - from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            if (!IsIdentifierPart(start, end, at - 1) && !IsIdentifierPart(start, end, at + name.Length))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private void Read(IOperation root)
    {
        var source = root.Syntax.SyntaxTree.GetText();
        if (!ReferenceEquals(source, _source))
        {
            _text = source.ToString();
            _source = source;
        }

        _root = root;
        _body = root.Syntax.FullSpan;
        _mayHideNames = false;
        for (var i = _body.Start; i < _body.End; i++)
        {
            var c = _text[i];
            if ((c == '\\' && i + 1 < _body.End && _text[i + 1] is 'u' or 'U')
                || (c >= 0x80 && char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                _mayHideNames = true;
                return;
            }
        }
    }

    /// <summary>True when the character at <paramref name="index"/> would continue an identifier (false outside [start, end)).</summary>
    private bool IsIdentifierPart(int start, int end, int index)
        => index >= start && index < end && (char.IsLetterOrDigit(_text[index]) || _text[index] == '_');
}
