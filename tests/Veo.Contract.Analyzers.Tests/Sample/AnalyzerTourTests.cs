using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Sample;

/// <summary>
/// samples/AnalyzerTour promises one diagnostic per rule, each below the comment that names it, and nothing else.
/// Checked in process here (the same sources and analyzer as its `dotnet build`), so a change that breaks the tour fails fast.
/// </summary>
public sealed class AnalyzerTourTests
{
    [Fact]
    public async Task Each_rule_is_reported_once_right_below_the_comment_that_announces_it()
    {
        var tour = RepoFiles.Read("samples/AnalyzerTour/TourRequests.cs");
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(tour, path: "TourRequests.cs"),
            CSharpSyntaxTree.ParseText(RepoFiles.Read("samples/AnalyzerTour/Program.cs"), path: "Program.cs"),
        };
        var compilation = CSharpCompilation.Create("AnalyzerTour", trees, TestReferences.For(ClientKind.Real), new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new VeoRequestAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var lines = tour.Split('\n');
        var announced = lines
            .Select((line, index) => (Match: Regex.Match(line, @"^\s*// (VEO\d{4}):"), Index: index))
            .Where(x => x.Match.Success)
            .Select(x => (Id: x.Match.Groups[1].Value, Line: x.Index))
            .ToList();
        var supported = new VeoRequestAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.Equal(supported, announced.Select(a => a.Id));
        Assert.Equal(supported.Count, diagnostics.Length);
        for (var i = 0; i < announced.Count; i++)
        {
            var end = i + 1 < announced.Count ? announced[i + 1].Line : lines.Length;
            var reported = Assert.Single(diagnostics, d => d.Id == announced[i].Id);
            var line = reported.Location.GetLineSpan().StartLinePosition.Line;
            Assert.True(line > announced[i].Line && line < end, $"{announced[i].Id} reported on line {line + 1}, outside its section");
        }
    }
}
