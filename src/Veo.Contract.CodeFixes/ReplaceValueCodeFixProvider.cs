using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>Writes the one value the rule allows over the offending one (a duration of 8 where the resolution needs it; "cars" for "no cars").</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider))]
[Shared]
public sealed class ReplaceValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.ReplaceValue;

    // Every fix shares one Fix All: the fix each diagnostic was marked for, so the outcome does not depend on which fix starts it.
    public override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer offers a value only when it is unambiguous; no value, no fix.
            if (FixEdits.Property(diagnostic, VeoFixProperties.ReplaceValue) is { } offered)
            {
                var title = FixEdits.Property(diagnostic, VeoFixProperties.ReplaceTitle) ?? "Use " + offered;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => FixAsync(document, diagnostic, token), nameof(ReplaceValueCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await FixApplier.ApplyAsync(document, await FixEdits.ForAsync(document, diagnostic, RemedyKinds.Replace, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
