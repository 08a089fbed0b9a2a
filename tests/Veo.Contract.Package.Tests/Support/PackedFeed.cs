using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// Packs Veo.Contract and Veo.Contract.Testing once per test run into a temporary folder feed, and holds the
/// workspace where consumer projects install them from it. Everything lives in one temp folder, deleted at the end.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    private readonly TemporaryDirectory _root = new("veo-package-tests");
    private readonly Lazy<Task<string>> _standaloneFake = new(BuildStandaloneFakeAsync);

    public PackedFeed()
    {
        // A version no earlier run (and no public feed) has, so a cached copy can never stand in for this build.
        Version = $"{RepoVersion.Prefix}-pkgtest-{Guid.NewGuid():N}";
        FeedDirectory = _root.Combine("feed");
        Consumers = new ConsumerWorkspace(_root.Combine("consumers"), FeedDirectory, Version);
    }

    /// <summary>The version both packages were packed with: the repository's VersionPrefix plus a per-run suffix.</summary>
    public string Version { get; }

    public string FeedDirectory { get; }

    internal ConsumerWorkspace Consumers { get; }

    /// <summary>How long restoring and packing both packages took (in Release, as a release would).</summary>
    public TimeSpan PackTime { get; private set; }

    /// <summary>The standalone fake server's assembly, built in Release on first use (only the tests that run it pay).</summary>
    internal Task<string> StandaloneFakeAssembly => _standaloneFake.Value;

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public string SymbolPackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.snupkg");

    public async Task InitializeAsync()
    {
        // The two packed projects and the build-time tool they run, as one solution so one build serves both packs.
        var solution = _root.Combine("packages.slnx");
        File.WriteAllText(solution, $"""
            <Solution>
              <Project Path="{Path.Combine(RepoPaths.Root, "src", "Veo.Contract.SpecCompiler", "Veo.Contract.SpecCompiler.csproj")}" />
              <Project Path="{RepoPaths.ContractProject}" />
              <Project Path="{RepoPaths.TestingProject}" />
            </Solution>
            """);

        // Restore as the repository's own build does (a no-op after it), then pack with the run's version: the version
        // is not part of the restore, so the shared obj/ restore outputs stay as every other build expects them.
        var restore = await DotNetCli.RunAsync(RepoPaths.Root, ["restore", solution, "-tl:off", "-nodeReuse:false"]);
        Assert.True(restore.Succeeded, restore.Describe());

        var pack = await DotNetCli.RunAsync(RepoPaths.Root,
        [
            "pack", solution, "--no-restore", "-c", "Release", "-o", FeedDirectory,
            $"-p:PackageVersion={Version}",
            $"-p:NuspecOutputPath={_root.Combine("nuspec")}{Path.DirectorySeparatorChar}",
            "-tl:off", "-nodeReuse:false",
        ]);
        Assert.True(pack.Succeeded, pack.Describe());
        PackTime = restore.Elapsed + pack.Elapsed;

        Consumers.Create();
    }

    private static async Task<string> BuildStandaloneFakeAsync()
    {
        var build = await DotNetCli.RunAsync(RepoPaths.Root, ["build", RepoPaths.FakeServerProject, "-c", "Release", "-tl:off", "-nodeReuse:false"]);
        Assert.True(build.Succeeded, build.Describe());
        var assembly = Path.Combine(Path.GetDirectoryName(RepoPaths.FakeServerProject)!, "bin", "Release", "net10.0", "Veo.Contract.FakeServer.dll");
        Assert.True(File.Exists(assembly), $"The build of the standalone fake left no {assembly}.\n{build.Describe()}");
        return assembly;
    }

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }
}
