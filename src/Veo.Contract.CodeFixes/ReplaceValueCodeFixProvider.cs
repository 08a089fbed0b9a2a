using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;

namespace Veo.Contract.CodeFixes;

/// <summary>Writes the one value the rule allows over the offending one (a duration of 8 where the resolution needs it; "cars" for "no cars").</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider))]
[Shared]
public sealed class ReplaceValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.ReplaceValue;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer offers a value only when it is unambiguous; no value, no fix.
            if (diagnostic.Properties.TryGetValue(VeoFixProperties.ReplaceValue, out var literal) && literal is not null)
            {
                var title = diagnostic.Properties.TryGetValue(VeoFixProperties.ReplaceTitle, out var text) && text is not null ? text : "Use " + literal;
                var document = context.Document;
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ValueReplacer.ReplaceAsync(document, span, literal, token), nameof(ReplaceValueCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
