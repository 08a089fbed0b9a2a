using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;

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

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // AdditionalLocations[0] is the condition's value the message names.
            if (diagnostic.Properties.TryGetValue(VeoFixProperties.ReplaceCondition, out var literal) && literal is not null
                && diagnostic.AdditionalLocations.Count > 0
                && diagnostic.AdditionalLocations[0].SourceTree == diagnostic.Location.SourceTree)
            {
                var title = diagnostic.Properties.TryGetValue(VeoFixProperties.ReplaceConditionTitle, out var text) && text is not null ? text : "Use " + literal;
                var document = context.Document;
                var span = diagnostic.AdditionalLocations[0].SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ValueReplacer.ReplaceAsync(document, span, literal, token), nameof(ReplaceConditionCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
