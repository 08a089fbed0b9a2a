using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Packaging;

/// <summary>
/// The release tracker (RS2000-RS2008) cannot see ids that come from the rule table, so this checks what it would:
/// every supported diagnostic is listed once in the release files with its category and severity, and nothing else is.
/// Also: every diagnostic's help link points at a page that exists.
/// </summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void The_release_files_list_exactly_the_supported_diagnostics()
    {
        var listed = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(RepoFiles.Path("src/Veo.Contract.Analyzers/" + file)))
            .Where(line => line.StartsWith("VEO", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Id: cells[0], Category: cells[1], Severity: cells[2]))
            .OrderBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();

        var supported = new VeoRequestAnalyzer().SupportedDiagnostics
            .Select(d => (Id: d.Id, Category: d.Category, Severity: d.DefaultSeverity.ToString()))
            .OrderBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(supported, listed);
    }

    [Fact]
    public void Every_rule_of_the_design_is_supported()
    {
        var ids = new VeoRequestAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);

        // VEO0016 (a text that breaks its pattern) went with the patterns it checked: each was our assumption.
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"VEO{n:0000}"), ids);
    }

    [Fact]
    public void Every_help_link_points_at_its_page_in_docs_diagnostics()
    {
        foreach (var descriptor in new VeoRequestAnalyzer().SupportedDiagnostics)
        {
            Assert.Equal(
                $"https://github.com/veo-contract/veo-contract/blob/main/docs/diagnostics/{descriptor.Id}.md",
                descriptor.HelpLinkUri);
            var page = File.ReadAllText(RepoFiles.Path($"docs/diagnostics/{descriptor.Id}.md"));
            Assert.StartsWith($"# {descriptor.Id}", page, StringComparison.Ordinal);
            Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Severities_follow_the_design_table()
    {
        var severities = new VeoRequestAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id, d => d.DefaultSeverity);

        Assert.Equal(DiagnosticSeverity.Warning, severities["VEO0001"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["VEO0003"]);
        Assert.Equal(DiagnosticSeverity.Info, severities["VEO0010"]);
    }

    /// <summary>Every constraint names its source in the spec, and the rule's page says who says so.</summary>
    [Fact]
    public void Every_page_states_the_sources_of_its_rule()
    {
        foreach (var group in Veo.Contract.Rules.ContractSchema.Rules.GroupBy(rule => rule.Id))
        {
            var page = File.ReadAllText(RepoFiles.Path($"docs/diagnostics/{group.Key}.md"));
            var start = page.IndexOf("\n## Source\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{group.Key}.md has no Source section");
            var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = page.Substring(start, end - start);
            foreach (var rule in group)
            {
                var expected = rule.SourceKind switch
                {
                    Veo.Contract.Rules.RuleSourceKind.Vendor => "vendor's page",
                    Veo.Contract.Rules.RuleSourceKind.Limit => "bound of ours",
                    Veo.Contract.Rules.RuleSourceKind.Assumption => "assumption",
                    _ => rule.Source.Split(':')[0],
                };
                Assert.True(section.Contains(expected, StringComparison.Ordinal), $"{group.Key}.md's Source section does not say '{expected}'");
            }
        }
    }
}
