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

/// <summary>
/// Changes the value a rule's condition names to the first listed one that satisfies the rule (4k or a seed on a model
/// that lacks it: use the first model that has it); the analyzer names the value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceConditionCodeFixProvider))]
[Shared]
public sealed class ReplaceConditionCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.ReplaceCondition;

    // Every fix shares one Fix All: the fix each diagnostic was marked for, so the outcome does not depend on which fix starts it.
    public override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer offers the condition's new value (written at AdditionalLocations[0]) only when it can be written there.
            if (FixEdits.Property(diagnostic, VeoFixProperties.ReplaceCondition) is { } offered)
            {
                var title = FixEdits.Property(diagnostic, VeoFixProperties.ReplaceConditionTitle) ?? "Use " + offered;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => FixAsync(document, diagnostic, token), nameof(ReplaceConditionCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await FixApplier.ApplyAsync(document, await FixEdits.ForAsync(document, diagnostic, RemedyKinds.ReplaceCondition, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
