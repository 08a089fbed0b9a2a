using System.IO;
using Veo.Contract.TestSupport;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Files of this repository (the sample, the analyzer's release files, the help pages), found from the repository root.</summary>
public static class RepoFiles
{
    public static string Root => RepositoryRoot.Path;

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));
}
