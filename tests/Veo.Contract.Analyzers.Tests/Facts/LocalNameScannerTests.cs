using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Facts;

/// <summary>
/// The textual pre-check that lets the analyzer skip statements: it may say "maybe" too often, never "no" wrongly.
/// </summary>
public sealed class LocalNameScannerTests
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
    public void Says_no_when_the_name_only_occurs_inside_longer_words(string statement)
        => Assert.False(Scan(statement, "request"));

    [Theory]
    [InlineData("\\u0072.Duration = 5;")] // r spelled as a unicode escape
    [InlineData("r\u00AD.Duration = 5;")] // a soft hyphen, which C# ignores inside identifiers
    public void Says_maybe_when_the_name_could_be_spelled_another_way(string statement)
        => Assert.True(Scan(statement, "x"));

    [Fact]
    public void Looks_only_inside_the_span()
    {
        var text = SourceText.From("request.Duration = 5; other.Duration = 6;");
        Assert.False(LocalNameScanner.MayName(text, TextSpan.FromBounds(22, text.Length), "request"));
        Assert.True(LocalNameScanner.MayName(text, TextSpan.FromBounds(0, 21), "request"));
    }

    [Fact]
    public void Counts_a_name_that_ends_the_span_and_ignores_one_cut_off_by_it()
    {
        var text = SourceText.From("x = request");
        Assert.True(LocalNameScanner.MayName(text, new TextSpan(0, 11), "request"));
        Assert.False(LocalNameScanner.MayName(text, new TextSpan(0, 10), "request"));
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

    private static bool Scan(string statement, string name)
        => LocalNameScanner.MayName(SourceText.From(statement), new TextSpan(0, statement.Length), name);
}
