using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Veo.Contract.Package.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Veo.Contract.Package.Tests;

/// <summary>
/// Throwaway projects that install the packages by id and version from the temporary feed, as users do, and are
/// built once each with `dotnet build`.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed partial class ConsumerTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public async Task A_netstandard2_0_library_builds_on_the_package_without_any_VEO_diagnostic()
    {
        var consumer = feed.Consumers.AddConsumer("Library");

        var build = await BuildAsync(consumer);

        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(build.LinesContaining("VEO0"));
        AssertCompiledAgainst(consumer, "lib/netstandard2.0/Veo.Contract.dll");
        AssertInstalledFromTheFeedOnly();
    }

    [Fact]
    public async Task A_constant_rule_violation_fails_the_consumer_build_with_its_VEO_id()
    {
        var consumer = feed.Consumers.AddConsumer("Net8App", withSharedRequests: true);

        var build = await BuildAsync(consumer);

        Assert.False(build.Succeeded, "The build passed although FullHdRequests.TooShortForFullHd breaks VEO0003.\n" + build.Describe());
        var errors = build.LinesContaining(": error ");
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal("VEO0003", ErrorId().Match(error).Groups["id"].Value));
        Assert.Contains(errors, error => error.Contains("FullHdRequests.cs", StringComparison.Ordinal));
        AssertCompiledAgainst(consumer, "lib/net8.0/Veo.Contract.dll");
    }

    [Fact]
    public async Task With_the_rule_off_in_editorconfig_the_app_builds_and_completes_a_task_on_the_packaged_fake()
    {
        var consumer = feed.Consumers.AddConsumer("Net10App", withSharedRequests: true);

        var build = await BuildAsync(consumer);

        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(build.LinesContaining("VEO0003"));

        var run = await feed.Consumers.RunAsync(Path.Combine(consumer, "bin", "Debug", "net10.0", "VeoConsumer.Net10App.dll"));
        output.WriteLine($"run: {run.Elapsed.TotalSeconds:F1} s\n{run.Output}");

        Assert.True(run.Succeeded, run.Describe());
        Assert.Contains("rejected before sending: VEO0003", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"task \S+: completed", run.Output);
    }

    [GeneratedRegex(@": error (?<id>[A-Z]+[0-9]+):")]
    private static partial Regex ErrorId();

    private async Task<CommandResult> BuildAsync(string consumer)
    {
        var build = await feed.Consumers.BuildAsync(consumer);
        output.WriteLine($"pack (once per run): {feed.PackTime.TotalSeconds:F1} s; build of {Path.GetFileName(consumer)}: {build.Elapsed.TotalSeconds:F1} s");
        return build;
    }

    /// <summary>Which Veo.Contract assembly NuGet chose for the consumer's target framework.</summary>
    private void AssertCompiledAgainst(string consumer, string asset)
    {
        var assets = File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"));
        Assert.Contains($"\"Veo.Contract/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"{asset}\"", assets, StringComparison.Ordinal);
    }

    /// <summary>The package came from the temporary feed into the private packages folder, and the machine's cache never saw it.</summary>
    private void AssertInstalledFromTheFeedOnly()
    {
        Assert.True(Directory.Exists(Path.Combine(feed.Consumers.PackagesDirectory, "veo.contract", feed.Version)), "Veo.Contract was not restored into the private packages folder.");
        Assert.False(Directory.Exists(Path.Combine(ConsumerWorkspace.MachinePackagesDirectory, "veo.contract", feed.Version)), "The packed version leaked into the machine's packages folder.");
    }
}
