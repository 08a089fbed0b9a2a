using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Threading.Tasks;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// A folder of throwaway consumer projects that install the packages as a user would: by id and version, through a
/// nuget.config that adds the temporary feed. Restores go to a private packages folder, with the machine's packages
/// folder as a read-only fallback, so the packages under test are never taken from (nor left in) the shared cache,
/// while their dependencies still restore without a download.
/// </summary>
internal sealed class ConsumerWorkspace
{
    /// <summary>The placeholder in the consumer templates' project files that becomes the packed version.</summary>
    public const string VersionToken = "{{VeoContractVersion}}";

    private readonly string _feedDirectory;

    public ConsumerWorkspace(string directory, string feedDirectory, string version)
    {
        Directory = directory;
        _feedDirectory = feedDirectory;
        Version = version;
        PackagesDirectory = Path.Combine(directory, ".packages");
    }

    public string Directory { get; }

    public string Version { get; }

    /// <summary>The private global packages folder the consumers restore into.</summary>
    public string PackagesDirectory { get; }

    public void Create()
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="veo-package-tests" value="{SecurityElement.Escape(_feedDirectory)}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine-packages" value="{SecurityElement.Escape(MachinePackagesDirectory)}" />
              </fallbackPackageFolders>
            </configuration>
            """);

        // Empty on purpose: they stop MSBuild from looking further up, so nothing outside this folder shapes the build.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Directory, name), "<Project />\n");
        }
    }

    /// <summary>
    /// Copies a consumer template (a folder under ConsumerTemplates) into the workspace, with the packed version filled
    /// in; <paramref name="withSharedRequests"/> adds the files of ConsumerTemplates/Shared to it, so one file can be built
    /// by two consumers under their own .editorconfig. <paramref name="name"/> names the copy's folder (the template's
    /// name unless given), so one template can be copied twice.
    /// </summary>
    public string AddConsumer(string template, bool withSharedRequests = false, string? name = null)
    {
        var target = Path.Combine(Directory, name ?? template);
        CopyTemplate(template, target);
        if (withSharedRequests)
        {
            CopyTemplate("Shared", target);
        }

        return target;
    }

    /// <summary>Restores and builds a consumer with `dotnet build`, once.</summary>
    public Task<CommandResult> BuildAsync(string consumerDirectory)
        => DotNetCli.RunAsync(consumerDirectory, ["build", "-tl:off", "-nodeReuse:false"], Environment());

    /// <summary>`dotnet format` in a consumer's folder with <paramref name="arguments"/> (restoring it first, as the command does).</summary>
    public Task<CommandResult> FormatAsync(string consumerDirectory, IReadOnlyList<string> arguments)
        => DotNetCli.RunAsync(consumerDirectory, ["format", .. arguments], Environment());

    /// <summary>Runs a built consumer's entry assembly.</summary>
    public Task<CommandResult> RunAsync(string assemblyPath)
        => DotNetCli.RunAsync(Path.GetDirectoryName(assemblyPath)!, [assemblyPath], Environment());

    /// <summary>
    /// Publishes a consumer as a Native AOT executable for linux-x64 into its publish/ folder (the ILCompiler package is
    /// the one the SDK picks) and returns the publish result.
    /// </summary>
    public Task<CommandResult> PublishNativeAotAsync(string consumerDirectory)
        => DotNetCli.RunAsync(
            consumerDirectory,
            ["publish", "-r", "linux-x64", "-p:PublishAot=true", "-o", Path.Combine(consumerDirectory, "publish"), "-tl:off", "-nodeReuse:false"],
            Environment());

    /// <summary>Runs a native executable with extra environment variables (where to find the fake, say).</summary>
    public Task<CommandResult> RunNativeAsync(string executable, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
        => DotNetCli.RunProgramAsync(executable, Path.GetDirectoryName(executable)!, arguments, Environment(environment));

    /// <summary>
    /// `dotnet run app.cs -- arguments` in the file's folder: restore, build and run in one command, as a user types it.
    /// TMPDIR points into the workspace because the SDK builds file-based apps under the temp folder; so they are removed with it.
    /// </summary>
    public Task<CommandResult> RunFileBasedAppAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var temp = Path.Combine(Directory, ".tmp");
        System.IO.Directory.CreateDirectory(temp);
        var withTemp = new Dictionary<string, string>(environment) { ["TMPDIR"] = temp };
        return DotNetCli.RunAsync(Path.GetDirectoryName(file)!, ["run", Path.GetFileName(file), "--", .. arguments], Environment(withTemp));
    }

    /// <summary>
    /// Runs a bash script as a user would paste it into a shell, stopping at the first failing command, in a new folder of
    /// the workspace. Projects under that folder restore into the private packages folder (the machine's as fallback)
    /// through a nuget.config there, not through NUGET_PACKAGES: the script may build the repository's own projects, whose
    /// restore must keep using the machine's folder (with NUGET_PACKAGES pointing here, their obj/ would name a folder
    /// deleted after the run, and every later build of the repository would fail). Packing and restoring in one script
    /// can take several minutes on a busy two-core machine, hence the longer limit.
    /// </summary>
    public Task<CommandResult> RunScriptAsync(string folderName, string script, IReadOnlyDictionary<string, string> environment)
    {
        var folder = Path.Combine(Directory, folderName);
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(PackagesDirectory)}" />
              </config>
            </configuration>
            """);
        return DotNetCli.RunProgramAsync("bash", folder, ["-euo", "pipefail", "-c", script], environment, TimeSpan.FromMinutes(15));
    }

    private Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };
        foreach (var pair in extra ?? new Dictionary<string, string>())
        {
            environment[pair.Key] = pair.Value;
        }

        return environment;
    }

    private void CopyTemplate(string template, string target)
    {
        var source = Path.Combine(RepoPaths.ConsumerTemplates, template);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, File.ReadAllText(file).Replace(VersionToken, Version, StringComparison.Ordinal));
        }
    }

    /// <summary>The machine's global packages folder, where every other restore on this machine goes.</summary>
    public static string MachinePackagesDirectory
        => System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
