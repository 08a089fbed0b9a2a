using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// What the three fixes share: each offers one kind of remedy when the analyzer wrote that remedy into the diagnostic,
/// and applies it through the same edits; they differ only in which ids, properties and remedy kind they use.
/// </summary>
public abstract class RemedyCodeFixProvider : CodeFixProvider
{
    private readonly string _offerProperty;
    private readonly string _titleProperty;
    private readonly string _titleVerb;
    private readonly RemedyKinds _kind;

    private protected RemedyCodeFixProvider(string offerProperty, string titleProperty, string titleVerb, RemedyKinds kind)
    {
        _offerProperty = offerProperty;
        _titleProperty = titleProperty;
        _titleVerb = titleVerb;
        _kind = kind;
    }

    // Every fix shares one Fix All: the fix each diagnostic was marked for, so the outcome does not depend on which fix starts it.
    public sealed override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var name = GetType().Name;
        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer offers a remedy only when it is unambiguous and can be written there; no remedy, no fix.
            if (FixEdits.Property(diagnostic, _offerProperty) is { } offered)
            {
                var title = FixEdits.Property(diagnostic, _titleProperty) ?? _titleVerb + " " + offered;
                var document = context.Document;
                context.RegisterCodeFix(CodeAction.Create(title, token => FixAsync(document, diagnostic, token), name), diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await FixApplier.ApplyAsync(document, await FixEdits.ForAsync(document, diagnostic, _kind, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
