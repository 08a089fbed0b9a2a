using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Flow;

/// <summary>
/// The textual pre-check that lets the analyzer skip statements and parts of a body: it may say "maybe" too often,
/// never "no" wrongly.
/// </summary>
public sealed class BodyTextTests
{
    [Theory]
    [InlineData("request.Duration = 5;")]
    [InlineData("Send(request);")]
    [InlineData("@request.Duration = 5;")]
    [InlineData("x = (request);")]
    [InlineData("var s = \"request\";")] // a false "maybe": the full walk then finds nothing
    public void Says_maybe_when_the_name_occurs_as_a_word(string statement)
        => Assert.True(Scan(statement, "request"));

    [Theory]
    [InlineData("requests.Add(other);")]
    [InlineData("myrequest = null;")]
    [InlineData("request_2.Duration = 5;")]
    [InlineData("return;")]
    [InlineData("var s = \"a\\nb\";")] // an escape in a string that cannot spell a name
    public void Says_no_when_the_name_only_occurs_inside_longer_words(string statement)
        => Assert.False(Scan(statement, "request"));

    [Theory]
    [InlineData("\\u0072.Duration = 5;")] // r spelled as a unicode escape
    [InlineData("\\U00000072.Duration = 5;")]
    [InlineData("r\u00AD.Duration = 5;")] // a soft hyphen, which C# ignores inside identifiers
    public void Says_maybe_when_the_name_could_be_spelled_another_way(string statement)
        => Assert.True(Scan(statement, "x"));

    [Fact]
    public void Looks_only_inside_the_span()
    {
        var (root, body) = Body("request.Duration = 5; other.Duration = 6;");
        var statements = ((BlockSyntax)body).Statements;
        var text = new BodyText();
        Assert.False(text.MayName(root, statements[1].Span, "request"));
        Assert.True(text.MayName(root, statements[0].Span, "request"));
    }

    [Fact]
    public void Counts_a_name_that_ends_the_span_and_ignores_one_cut_off_by_it()
    {
        var (root, body) = Body("x = request;");
        var assignment = body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Single();
        var text = new BodyText();
        Assert.True(text.MayName(root, assignment.Span, "request"));
        Assert.False(text.MayName(root, new TextSpan(assignment.SpanStart, assignment.Span.Length - 1), "request"));
    }

    [Fact]
    public void Follows_the_body_it_is_asked_about()
    {
        var (first, firstBody) = Body("request.Duration = 5;");
        var (second, secondBody) = Body("other.Duration = 5;");
        var text = new BodyText();
        Assert.True(text.MayName(first, firstBody.Span, "request"));
        Assert.False(text.MayName(second, secondBody.Span, "request"));
        Assert.True(text.MayName(first, firstBody.Span, "request"));
    }

    [Fact]
    public Task An_assignment_through_a_unicode_escape_still_counts()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Duration = 8 };
                    \u0072.Duration = {|#0:5|};
                    return r;
                }
            }
            """,
            new DiagnosticResult("VEO0002", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task A_local_written_through_a_unicode_escape_is_not_followed()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build(bool wide)
                {
                    var d = 8;
                    if (wide) { \u0064 = 6; }
                    return new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = d };
                }
            }
            """);

    private static bool Scan(string statement, string name)
    {
        var (root, body) = Body(statement);
        return new BodyText().MayName(root, ((BlockSyntax)body).Statements.Single().Span, name);
    }

    /// <summary>The operation tree of <c>void M() { statements }</c> (it need not bind) and the body's syntax.</summary>
    private static (IOperation Root, SyntaxNode Body) Body(string statements)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { " + statements + " } }");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var model = CSharpCompilation.Create("Body", new[] { tree }).GetSemanticModel(tree);
        return (model.GetOperation(method)!, method.Body!);
    }
}
