using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Veo.Contract.Package.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Veo.Contract.Package.Tests;

/// <summary>
/// The README's consumer walkthrough, run as written: pack both packages into the new app's own folder, add them through
/// the app's own nuget.config, and run a task on the fake to its video; nothing outside the app's folder changes (the
/// user-wide NuGet configuration above all). The package pages show the same nuget.config.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ReadmeWalkthroughTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public async Task The_consumer_walkthrough_runs_as_written_and_changes_nothing_outside_the_apps_folder()
    {
        var script = ReadmeWalkthrough.Script(File.ReadAllText(RepoPaths.Readme));
        Assert.DoesNotContain("dotnet nuget add source", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"-o\s+""?out/?""?(\s|$)", script);
        var folder = Path.Combine(feed.Consumers.Directory, "walkthrough");
        var repositoryFolders = RepositoryPackageFolders();
        var userConfig = UserWideNuGetConfig();
        var before = File.Exists(userConfig) ? File.ReadAllBytes(userConfig) : null;

        // Only where the repository is: the README asks the reader to set VEO_REPO before pasting the block.
        var run = await feed.Consumers.RunScriptAsync("walkthrough", script, new Dictionary<string, string> { ["VEO_REPO"] = RepoPaths.Root });
        output.WriteLine($"walkthrough: {run.Elapsed.TotalSeconds:F0} s\n{run.Output}");

        Assert.True(run.Succeeded, run.Describe());
        var app = Path.Combine(folder, "VeoApp");
        var saved = Regex.Match(run.Output, @"^Task (?<id>task-\S+): saved (?<path>\S+\.mp4)$", RegexOptions.Multiline);
        Assert.True(saved.Success, "The app printed no saved video.\n" + run.Describe());
        Assert.Equal(Path.Combine(app, "videos", saved.Groups["id"].Value + ".mp4"), saved.Groups["path"].Value);
        AssertIsMp4(saved.Groups["path"].Value);

        // Installed from the app's own folder: a copy of the same version elsewhere (say in the machine's NuGet folder)
        // would have stood in for the packages just packed, and the run would prove nothing about them.
        foreach (var id in new[] { "Veo.Contract", "Veo.Contract.Testing" })
        {
            Assert.True(File.Exists(Path.Combine(app, "local-packages", $"{id}.{RepoVersion.Prefix}.nupkg")), $"{id} was not packed into the app's local-packages folder.");
            Assert.True(
                Directory.Exists(Path.Combine(feed.Consumers.PackagesDirectory, id.ToLowerInvariant(), RepoVersion.Prefix)),
                $"{id} {RepoVersion.Prefix} was not installed from the app's local-packages folder (another copy of that version stood in for it).");
        }

        // The walkthrough's pack restored the repository's projects: still from the machine's packages folder, so the
        // repository builds as before once the test's folders are gone.
        Assert.Equal(repositoryFolders, RepositoryPackageFolders());

        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllBytes(userConfig));
        }

        // NuGet writes a default user-wide file where there was none; it must not name the walkthrough's folder.
        Assert.True(!File.Exists(userConfig) || !File.ReadAllText(userConfig).Contains("local-packages", StringComparison.Ordinal), $"The walkthrough wrote its folder into {userConfig}.");
    }

    [Theory]
    [InlineData("Veo.Contract")]
    [InlineData("Veo.Contract.Testing")]
    public void Each_package_page_shows_the_walkthroughs_nuget_config(string id)
    {
        var walkthrough = ReadmeWalkthrough.NuGetConfig(ReadmeWalkthrough.Script(File.ReadAllText(RepoPaths.Readme)));

        var page = ReadmeWalkthrough.PageNuGetConfig(File.ReadAllText(RepoPaths.PackagePage(id)));

        Assert.Equal(walkthrough, page);
    }

    // The package folders the repository's own restore of Veo.Contract reads from.
    private static string[] RepositoryPackageFolders()
    {
        using var assets = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "Veo.Contract", "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(folder => folder.Name).ToArray();
    }

    private static string UserWideNuGetConfig()
        => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet", "NuGet.Config");

    private static void AssertIsMp4(string path)
    {
        Assert.True(File.Exists(path), $"No video was saved at {path}.");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8, $"The saved video has only {bytes.Length} bytes.");
        Assert.Equal("ftyp", Encoding.ASCII.GetString(bytes, 4, 4));
    }
}
