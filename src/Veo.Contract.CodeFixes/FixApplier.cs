using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Applies edits to one document in the order given: an edit the same as one already taken (two findings mended by
/// one change) is made once, and one that overlaps another taken edit is left out, so the outcome never depends on
/// how edits interleave.
/// </summary>
internal static class FixApplier
{
    public static async Task<Document> ApplyAsync(Document document, IEnumerable<FixEdit> edits, CancellationToken cancellationToken)
    {
        var taken = new List<FixEdit>();
        foreach (var edit in edits)
        {
            if (!Overlaps(taken, edit))
            {
                taken.Add(edit);
            }
        }

        if (taken.Count == 0)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var edit in taken)
        {
            if (edit.Replacement is { } replacement)
            {
                editor.ReplaceNode(edit.Target, replacement);
            }
            else
            {
                editor.RemoveNode(edit.Target, edit.RemoveOptions);
            }
        }

        return editor.GetChangedDocument();
    }

    private static bool Overlaps(List<FixEdit> taken, FixEdit edit)
    {
        foreach (var other in taken)
        {
            if (other.SameAs(edit) || other.Target.FullSpan.OverlapsWith(edit.Target.FullSpan))
            {
                return true;
            }
        }

        return false;
    }
}
