using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.CodeFixes;

/// <summary>Replaces the expression at a span with a C# literal the analyzer supplied; shared by the value fixes.</summary>
internal static class ValueReplacer
{
    public static async Task<Document> ReplaceAsync(Document document, TextSpan span, string literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return document;
        }

        var replacement = SyntaxFactory.ParseExpression(literal)
            .WithTriviaFrom(value)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(value, replacement));
    }
}
