using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Files of this repository (the sample, the analyzer's release files, the help pages), found from the build's repo root.</summary>
public static class RepoFiles
{
    public static string Root { get; } = typeof(RepoFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "VeoRepoRoot").Value
        ?? throw new InvalidOperationException("VeoRepoRoot metadata is missing from the test assembly.");

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));
}
