using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;

namespace Veo.Contract.CodeFixes;

/// <summary>Switches the request's model to one that supports the value (VEO0004 4k, VEO0005 seed): the analyzer names it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwitchModelCodeFixProvider))]
[Shared]
public sealed class SwitchModelCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.SwitchModel;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // AdditionalLocations[0] is the model value the message names.
            if (diagnostic.Properties.TryGetValue(VeoFixProperties.SwitchModel, out var literal) && literal is not null
                && diagnostic.AdditionalLocations.Count > 0
                && diagnostic.AdditionalLocations[0].SourceTree == diagnostic.Location.SourceTree)
            {
                var title = diagnostic.Properties.TryGetValue(VeoFixProperties.SwitchModelTitle, out var text) && text is not null ? text : "Use model " + literal;
                var document = context.Document;
                var span = diagnostic.AdditionalLocations[0].SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ValueReplacer.ReplaceAsync(document, span, literal, token), nameof(SwitchModelCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
