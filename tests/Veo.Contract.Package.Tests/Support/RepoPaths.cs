using System;
using System.IO;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>Finds files of the repository the tests were built from, wherever it was cloned.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestsDirectory => Path.Combine(Root, "tests", "Veo.Contract.Package.Tests");

    public static string ContractProject => Path.Combine(Root, "src", "Veo.Contract", "Veo.Contract.csproj");

    public static string TestingProject => Path.Combine(Root, "src", "Veo.Contract.Testing", "Veo.Contract.Testing.csproj");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string BuildProps => Path.Combine(Root, "Directory.Build.props");

    /// <summary>The consumer project sources, copied beside the test assembly.</summary>
    public static string ConsumerTemplates => Path.Combine(AppContext.BaseDirectory, "ConsumerTemplates");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Veo.Contract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Veo.Contract.sln not found above " + AppContext.BaseDirectory);
    }
}
