using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Analyzers;

namespace Veo.Contract.CodeFixes;

/// <summary>Drops an optional field with no default that a conditional rule forbids (a seed the model lacks), from an initializer or as a statement.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAssignmentCodeFixProvider))]
[Shared]
public sealed class RemoveAssignmentCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.RemoveAssignment;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(VeoFixProperties.RemoveAssignment, out var property) && property is not null)
            {
                var title = diagnostic.Properties.TryGetValue(VeoFixProperties.RemoveTitle, out var text) && text is not null ? text : "Remove " + property;
                var document = context.Document;
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => RemoveAsync(document, span, token), nameof(RemoveAssignmentCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value
            || value.Parent is not AssignmentExpressionSyntax assignment
            || assignment.Right != value)
        {
            return document;
        }

        // In an initializer the element goes with its comma; as a statement the whole line goes.
        SyntaxNode? removed = assignment.Parent switch
        {
            InitializerExpressionSyntax => assignment,
            ExpressionStatementSyntax statement => statement,
            _ => null,
        };
        if (removed is null)
        {
            return document;
        }

        // A last initializer element keeps its trailing space before the closing brace: "{ A = 1 }", not "{ A = 1}".
        var options = removed is AssignmentExpressionSyntax && IsLastWithoutTrailingComma(assignment)
            ? SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepTrailingTrivia
            : SyntaxRemoveOptions.KeepUnbalancedDirectives;
        var newRoot = root.RemoveNode(removed, options);
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }

    private static bool IsLastWithoutTrailingComma(AssignmentExpressionSyntax assignment)
        => assignment.Parent is InitializerExpressionSyntax initializer
           && initializer.Expressions.IndexOf(assignment) == initializer.Expressions.Count - 1
           && initializer.Expressions.SeparatorCount < initializer.Expressions.Count;
}
