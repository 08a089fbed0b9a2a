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

/// <summary>Drops an optional field with no default that a conditional rule forbids (a seed the model lacks), from an initializer or as a statement.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAssignmentCodeFixProvider))]
[Shared]
public sealed class RemoveAssignmentCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.RemoveAssignment;

    // Every fix shares one Fix All: the fix each diagnostic was marked for, so the outcome does not depend on which fix starts it.
    public override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixEdits.Property(diagnostic, VeoFixProperties.RemoveAssignment) is { } offered)
            {
                var title = FixEdits.Property(diagnostic, VeoFixProperties.RemoveTitle) ?? "Remove " + offered;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => FixAsync(document, diagnostic, token), nameof(RemoveAssignmentCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await FixApplier.ApplyAsync(document, await FixEdits.ForAsync(document, diagnostic, RemedyKinds.Remove, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
