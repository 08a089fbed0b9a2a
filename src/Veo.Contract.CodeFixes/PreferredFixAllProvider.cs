using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Fix All of every VEO fix: applies to each diagnostic in scope the one fix the analyzer marked for it (the fix
/// plan's choice, whichever fix Fix All was started from), so `dotnet format`, which runs the fixes id by id in an
/// order of its own and picks whichever action it meets first, ends in the same code every time.
/// </summary>
internal sealed class PreferredFixAllProvider : DocumentBasedFixAllProvider
{
    public static PreferredFixAllProvider Instance { get; } = new();

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = fixAllContext.CancellationToken;
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        SourceText? text = null;
        var edits = new List<FixEdit>();
        // In text order, then by id: the same edits in the same order whatever order the diagnostics came in.
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            // Diagnostics computed before an earlier fix changed the document point at text that is no longer there.
            if (diagnostic.Location.SourceTree is not { } source
                || (source != tree && !(await source.GetTextAsync(cancellationToken).ConfigureAwait(false)).ContentEquals(text ??= await document.GetTextAsync(cancellationToken).ConfigureAwait(false))))
            {
                continue;
            }

            var kind = FixEdits.Preferred(diagnostic);
            if (kind != RemedyKinds.None)
            {
                edits.AddRange(await FixEdits.ForAsync(document, diagnostic, kind, cancellationToken).ConfigureAwait(false));
            }
        }

        return await FixApplier.ApplyAsync(document, edits, cancellationToken).ConfigureAwait(false);
    }
}
