using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Analyzers;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// The edits one remedy of one diagnostic makes, from what the analyzer put in its properties: write a value over the
/// underlined one or over the condition's value, or delete the underlined assignment. A value read from a local that
/// feeds only that field is changed where the local gets it. One place for the single fixes and Fix All alike.
/// </summary>
internal static class FixEdits
{
    /// <summary>The edits; empty when the diagnostic does not offer <paramref name="kind"/> or the code no longer matches it.</summary>
    public static async Task<List<FixEdit>> ForAsync(Document document, Diagnostic diagnostic, RemedyKinds kind, CancellationToken cancellationToken)
    {
        var edits = new List<FixEdit>();
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return edits;
        }

        switch (kind)
        {
            case RemedyKinds.Replace when Property(diagnostic, VeoFixProperties.ReplaceValue) is { } literal:
                await AddReplacementAsync(document, root, diagnostic.Location.SourceSpan, literal, edits, cancellationToken).ConfigureAwait(false);
                break;
            case RemedyKinds.ReplaceCondition when Property(diagnostic, VeoFixProperties.ReplaceCondition) is { } literal
                                                   && diagnostic.AdditionalLocations.Count > 0
                                                   && diagnostic.AdditionalLocations[0].SourceTree == diagnostic.Location.SourceTree:
                // AdditionalLocations[0] is the condition's value the message names.
                await AddReplacementAsync(document, root, diagnostic.AdditionalLocations[0].SourceSpan, literal, edits, cancellationToken).ConfigureAwait(false);
                break;
            case RemedyKinds.Remove when Property(diagnostic, VeoFixProperties.RemoveAssignment) is not null:
                await AddRemovalAsync(document, root, diagnostic.Location.SourceSpan, edits, cancellationToken).ConfigureAwait(false);
                break;
        }

        return edits;
    }

    /// <summary>The remedy Fix All applies to the diagnostic; None when it applies none.</summary>
    public static RemedyKinds Preferred(Diagnostic diagnostic)
        => Property(diagnostic, VeoFixProperties.FixAll) is { } name && System.Enum.TryParse<RemedyKinds>(name, out var kind) ? kind : RemedyKinds.None;

    public static string? Property(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    private static async Task AddReplacementAsync(Document document, SyntaxNode root, TextSpan span, string literal, List<FixEdit> edits, CancellationToken cancellationToken)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return;
        }

        var source = await LocalAsync(document, value, cancellationToken).ConfigureAwait(false);
        foreach (var target in source?.Writes ?? new List<ExpressionSyntax> { value })
        {
            var replacement = SyntaxFactory.ParseExpression(literal)
                .WithTriviaFrom(target)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            edits.Add(new FixEdit(target, replacement));
        }
    }

    /// <summary>Deletes the assignment: in an initializer the element with its comma, as a statement the whole line; and a local declared only to feed it.</summary>
    private static async Task AddRemovalAsync(Document document, SyntaxNode root, TextSpan span, List<FixEdit> edits, CancellationToken cancellationToken)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value
            || value.Parent is not AssignmentExpressionSyntax assignment
            || assignment.Right != value)
        {
            return;
        }

        switch (assignment.Parent)
        {
            case InitializerExpressionSyntax:
                // A last element keeps its trailing space before the closing brace: "{ A = 1 }", not "{ A = 1}".
                edits.Add(new FixEdit(assignment, null, IsLastWithoutTrailingComma(assignment)
                    ? SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepTrailingTrivia
                    : SyntaxRemoveOptions.KeepUnbalancedDirectives));
                break;
            case ExpressionStatementSyntax statement:
                edits.Add(new FixEdit(statement, null));
                break;
            default:
                return;
        }

        // The local's own declaration goes too when it is its only write and declares nothing else.
        if (await LocalAsync(document, value, cancellationToken).ConfigureAwait(false) is { } source
            && source.Writes.Count == 1
            && source.Declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration })
        {
            edits.Add(new FixEdit(declaration, null));
        }
    }

    private static async Task<(VariableDeclaratorSyntax Declarator, List<ExpressionSyntax> Writes)?> LocalAsync(Document document, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (value is not IdentifierNameSyntax)
        {
            return null; // a literal or a constant's name: nothing to follow, and no semantic model needed
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is null ? null : LocalSource.Find(value, model, cancellationToken);
    }

    private static bool IsLastWithoutTrailingComma(AssignmentExpressionSyntax assignment)
        => assignment.Parent is InitializerExpressionSyntax initializer
           && initializer.Expressions.IndexOf(assignment) == initializer.Expressions.Count - 1
           && initializer.Expressions.SeparatorCount < initializer.Expressions.Count;
}
