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
    /// by two consumers under their own .editorconfig.
    /// </summary>
    public string AddConsumer(string template, bool withSharedRequests = false)
    {
        var target = Path.Combine(Directory, template);
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

    /// <summary>Runs a built consumer's entry assembly.</summary>
    public Task<CommandResult> RunAsync(string assemblyPath)
        => DotNetCli.RunAsync(Path.GetDirectoryName(assemblyPath)!, [assemblyPath], Environment());

    private Dictionary<string, string> Environment() => new() { ["NUGET_PACKAGES"] = PackagesDirectory };

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
