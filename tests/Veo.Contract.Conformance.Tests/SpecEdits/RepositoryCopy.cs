using System;
using System.IO;
using Veo.Contract.TestSupport;

namespace Veo.Contract.Conformance.Tests.SpecEdits;

/// <summary>
/// The product's sources, spec and build settings copied to a temporary folder, so a test can edit the spec and build
/// everything from it without touching the repository's own outputs.
/// </summary>
internal sealed class RepositoryCopy : IDisposable
{
    private static readonly string[] Files = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] Folders = ["spec", "src"];

    private RepositoryCopy(DirectoryInfo root) => Root = root.FullName;

    public string Root { get; }

    public string SpecPath => Path.Combine(Root, "spec", "veo-tasks.openapi.yaml");

    public static RepositoryCopy Create()
    {
        var root = Directory.CreateTempSubdirectory("veo-spec-edit-");
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(root.FullName, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(new DirectoryInfo(Path.Combine(RepositoryRoot.Path, folder)), Path.Combine(root.FullName, folder));
        }

        return new RepositoryCopy(root);
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    // Build outputs stay behind: the copy builds from sources only, as a fresh clone would.
    private static void CopyFolder(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var child in source.EnumerateDirectories())
        {
            if (child.Name is not ("bin" or "obj"))
            {
                CopyFolder(child, Path.Combine(target, child.Name));
            }
        }
    }
}
