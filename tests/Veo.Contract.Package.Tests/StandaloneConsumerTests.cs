using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Veo.Contract.Package.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Veo.Contract.Package.Tests;

/// <summary>
/// Consumers the way .NET 10 users also ship: a Native AOT executable and a file-based app (`dotnet run app.cs`).
/// Both install the package from the temporary feed and run a task to its video against the standalone fake on
/// loopback; neither may use reflection-based JSON (Native AOT cannot, file-based apps turn it off).
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed partial class StandaloneConsumerTests(PackedFeed feed, ITestOutputHelper output)
{
    // Long enough for the AOT app to cancel its second task while it is still queued (a fifth of this), short enough to wait for.
    private static readonly TimeSpan CompleteAfter = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_Native_AOT_app_publishes_without_trim_or_AOT_warnings_and_runs_a_task_to_its_video()
    {
        var consumer = feed.Consumers.AddConsumer("NativeAotApp");

        var publish = await feed.Consumers.PublishNativeAotAsync(consumer);
        output.WriteLine($"pack (once per run): {feed.PackTime.TotalSeconds:F1} s; native publish: {publish.Elapsed.TotalSeconds:F1} s");

        Assert.True(publish.Succeeded, publish.Describe());
        Assert.DoesNotContain(publish.LinesContaining(" IL"), line => TrimOrAotWarning().IsMatch(line));
        var executable = Path.Combine(consumer, "publish", "VeoConsumer.NativeAotApp");
        Assert.True(File.Exists(executable), $"The publish left no native executable at {executable}.\n{publish.Describe()}");
        Assert.False(File.Exists(executable + ".dll"), "The publish output holds the app's IL assembly: it was not compiled ahead of time.");

        var video = Path.Combine(consumer, "out", "native.mp4");
        await using var server = await StandaloneFakeServer.StartAsync(await feed.StandaloneFakeAssembly, CompleteAfter);
        var run = await feed.Consumers.RunNativeAsync(executable, [video], server.ClientEnvironment);
        output.WriteLine($"run: {run.Elapsed.TotalSeconds:F1} s\n{run.Output}");

        Assert.True(run.Succeeded, run.Describe() + "\nFake server:\n" + server.Output);
        Assert.Matches(@"task \S+: cancelled", run.Output);
        Assert.Contains("unknown task: 404 task_not_found", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"task \S+: completed, video saved to ", run.Output);
        AssertIsMp4(video);
    }

    [Fact]
    public async Task A_file_based_app_installs_the_package_by_directive_and_runs_a_task_to_its_video()
    {
        var app = Path.Combine(feed.Consumers.AddConsumer("FileBasedApp"), "app.cs");
        Assert.Contains($"#:package Veo.Contract@{feed.Version}", File.ReadAllText(app), StringComparison.Ordinal);

        var video = Path.Combine(Path.GetDirectoryName(app)!, "out", "file-based.mp4");
        await using var server = await StandaloneFakeServer.StartAsync(await feed.StandaloneFakeAssembly, CompleteAfter);
        var run = await feed.Consumers.RunFileBasedAppAsync(app, [video], server.ClientEnvironment);
        output.WriteLine($"dotnet run app.cs (restore, build and run): {run.Elapsed.TotalSeconds:F1} s\n{run.Output}");

        Assert.True(run.Succeeded, run.Describe() + "\nFake server:\n" + server.Output);
        Assert.Matches(@"task \S+: completed, video saved to ", run.Output);
        AssertIsMp4(video);
        Assert.True(Directory.Exists(Path.Combine(feed.Consumers.PackagesDirectory, "veo.contract", feed.Version)), "Veo.Contract was not restored from the feed into the private packages folder.");
    }

    // A warning or error line of the trimmer, the AOT compiler or their analyzers: "warning IL2026: ...", "error IL3050: ...".
    [GeneratedRegex(@"\b(warning|error) IL[23][0-9]{3}\b")]
    private static partial Regex TrimOrAotWarning();

    /// <summary>A real MP4: an ISO base media file starts with a box whose type, at bytes 4 to 8, is "ftyp".</summary>
    private static void AssertIsMp4(string path)
    {
        Assert.True(File.Exists(path), $"No video was saved at {path}.");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8, $"The saved video has only {bytes.Length} bytes.");
        Assert.Equal("ftyp", Encoding.ASCII.GetString(bytes, 4, 4));
    }
}
