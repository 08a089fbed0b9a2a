using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Packaging;

/// <summary>
/// The analyzer and fixes must load in every SDK since .NET 8, whose compiler is Roslyn 4.8: an analyzer built against a
/// newer Roslyn is skipped by an older compiler (CS9057). Read from the built assemblies' metadata, not from project files.
/// </summary>
public sealed class RoslynVersionTests
{
    private static readonly Version Newest = new(4, 8, 0, 0);

    [Theory]
    [InlineData(typeof(VeoRequestAnalyzer))]
    [InlineData(typeof(ReplaceValueCodeFixProvider))]
    public void References_microsoft_code_analysis_4_8_or_older(Type shipped)
    {
        var roslyn = ReferencedAssemblies(shipped.Assembly.Location)
            .Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(roslyn, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, r => Assert.True(r.Version <= Newest, $"{r.Name} {r.Version} is newer than {Newest}"));
    }

    [Fact]
    public void The_analyzer_targets_netstandard_2_0_and_does_not_reference_workspaces()
    {
        var references = ReferencedAssemblies(typeof(VeoRequestAnalyzer).Assembly.Location);

        Assert.Contains(references, r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
    }

    private static (string Name, Version Version)[] ReferencedAssemblies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToArray();
    }
}
