using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Veo.Contract.Package.Tests.Support;
using Veo.Contract.TestSupport;
using Xunit;

namespace Veo.Contract.Package.Tests;

/// <summary>What is inside the packed .nupkg and .snupkg files, checked without installing them.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageContentTests(PackedFeed feed)
{
    private const string ContractId = "Veo.Contract";
    private const string TestingId = "Veo.Contract.Testing";
    private const string PublicRepository = "https://github.com/veo-contract/veo-contract";

    [Fact]
    public void Client_package_holds_exactly_the_approved_files_and_dependencies()
        => Approval.Verify(RepoPaths.TestsDirectory, "Veo.Contract.nupkg", PackageListing.Of(feed, ContractId));

    [Fact]
    public void Testing_package_holds_exactly_the_approved_files_and_dependencies()
        => Approval.Verify(RepoPaths.TestsDirectory, "Veo.Contract.Testing.nupkg", PackageListing.Of(feed, TestingId));

    [Fact]
    public void Client_package_ships_the_analyzer_and_code_fixes_for_csharp()
    {
        using var package = new PackageArchive(feed.PackagePath(ContractId));

        Assert.Contains("analyzers/dotnet/cs/Veo.Contract.Analyzers.dll", package.Files);
        Assert.Contains("analyzers/dotnet/cs/Veo.Contract.CodeFixes.dll", package.Files);
        Assert.DoesNotContain(package.Files, file => file.StartsWith("lib/", StringComparison.Ordinal) && file.Contains("Analyzers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ContractId)]
    [InlineData(TestingId)]
    public void Roslyn_never_becomes_a_dependency_of_the_users_project(string id)
    {
        using var package = new PackageArchive(feed.PackagePath(id));

        Assert.DoesNotContain(package.Dependencies, dependency => dependency.Id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Veo.Contract.Analyzers.dll")]
    [InlineData("Veo.Contract.CodeFixes.dll")]
    public void Analyzer_assemblies_reference_only_what_the_compiler_host_provides(string file)
    {
        using var package = new PackageArchive(feed.PackagePath(ContractId));
        var references = AssemblyFacts.References(package.Read("analyzers/dotnet/cs/" + file));

        // The rule engine is compiled in; anything beyond Roslyn and its own dependencies would fail to load in a compiler.
        string[] hostProvided =
        [
            "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces",
            "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Collections.Immutable", "System.Composition.AttributedModel",
        ];
        Assert.All(references, reference => Assert.Contains(reference.Name, hostProvided));

        // Roslyn 4.8 loads in every SDK since .NET 8; a newer reference would be ignored by older compilers (CS9057).
        Assert.All(
            references.Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)),
            reference => Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{file} references {reference.Name} {reference.Version}."));
    }

    [Theory]
    [InlineData(ContractId)]
    [InlineData(TestingId)]
    public void Package_page_shows_the_readme_license_and_repository(string id)
    {
        using var package = new PackageArchive(feed.PackagePath(id));

        Assert.Equal("PACKAGE.md", package.Metadata("readme"));
        Assert.Equal("expression", (string?)package.Element("license")?.Attribute("type"));
        Assert.Equal("MIT", package.Metadata("license"));
        Assert.Equal(PublicRepository, package.Metadata("projectUrl"));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description")), "The package has no description.");
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("authors")), "The package has no authors.");

        var repository = package.Element("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(PublicRepository, (string?)repository.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
    }

    [Theory]
    [InlineData(ContractId)]
    [InlineData(TestingId)]
    public void Package_page_is_the_users_page_of_that_package_not_the_repository_readme(string id)
    {
        using var package = new PackageArchive(feed.PackagePath(id));

        var page = package.Read("PACKAGE.md");

        Assert.Equal(File.ReadAllBytes(RepoPaths.PackagePage(id)), page);
        Assert.NotEqual(File.ReadAllBytes(RepoPaths.Readme), page);
        var text = Encoding.UTF8.GetString(page);
        Assert.StartsWith("# " + id + "\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("dotnet add package " + id, text, StringComparison.Ordinal);
        Assert.Contains(PublicRepository, text, StringComparison.Ordinal);

        // Contributor material stays in the repository README.
        Assert.DoesNotContain(".ci/run", text, StringComparison.Ordinal);

        // nuget.org shows the page outside the repository: a relative link there would lead nowhere.
        Assert.DoesNotMatch(@"\]\((?!https://)", text);
    }

    [Theory]
    [InlineData(ContractId, "lib/netstandard2.0/Veo.Contract.dll")]
    [InlineData(ContractId, "lib/net8.0/Veo.Contract.dll")]
    [InlineData(TestingId, "lib/net8.0/Veo.Contract.Testing.dll")]
    public void Assemblies_carry_the_version_from_Directory_Build_props(string id, string file)
    {
        using var package = new PackageArchive(feed.PackagePath(id));
        var declared = Version.Parse(RepoVersion.Prefix);

        var version = AssemblyFacts.AssemblyVersion(package.Read(file));

        Assert.Equal(new Version(declared.Major, declared.Minor, Math.Max(declared.Build, 0), 0), version);
    }

    [Fact]
    public void Testing_package_depends_on_exactly_the_client_package_of_the_same_version()
    {
        using var package = new PackageArchive(feed.PackagePath(TestingId));

        var dependency = Assert.Single(package.Dependencies, dependency => dependency.Id == ContractId);

        // Exactly, not "or later": the fake uses the client's internals (its rule engine and generated tables).
        Assert.Equal($"[{feed.Version}]", dependency.Version);
    }

    [Theory]
    [InlineData(ContractId)]
    [InlineData(TestingId)]
    public void Symbols_map_every_source_to_the_public_repository_at_the_packed_commit(string id)
    {
        string commit;
        using (var package = new PackageArchive(feed.PackagePath(id)))
        {
            commit = (string?)package.Element("repository")?.Attribute("commit") ?? "";
        }

        using var symbols = new PackageArchive(feed.SymbolPackagePath(id));
        var pdbs = symbols.Files.Where(file => file.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdbs);
        foreach (var pdb in pdbs)
        {
            var sourceLink = AssemblyFacts.SourceLink(symbols.Read(pdb));
            Assert.True(sourceLink is not null, $"{pdb} has no Source Link map.");
            var targets = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject()
                .Select(document => document.Value.GetString())
                .ToList();
            Assert.NotEmpty(targets);
            Assert.All(targets, target => Assert.Equal($"https://raw.githubusercontent.com/veo-contract/veo-contract/{commit}/*", target));
        }
    }
}
