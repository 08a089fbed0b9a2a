using System;
using System.IO;

using Veo.Contract.TestSupport;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>Finds files of the repository the tests were built from, wherever it was cloned.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string TestsDirectory => Path.Combine(Root, "tests", "Veo.Contract.Package.Tests");

    public static string ContractProject => Path.Combine(Root, "src", "Veo.Contract", "Veo.Contract.csproj");

    public static string TestingProject => Path.Combine(Root, "src", "Veo.Contract.Testing", "Veo.Contract.Testing.csproj");

    public static string FakeServerProject => Path.Combine(Root, "src", "Veo.Contract.FakeServer", "Veo.Contract.FakeServer.csproj");

    public static string Readme => Path.Combine(Root, "README.md");

    /// <summary>The page a package shows on its gallery: PACKAGE.md beside the packed project.</summary>
    public static string PackagePage(string packageId) => Path.Combine(Root, "src", packageId, "PACKAGE.md");

    public static string BuildProps => Path.Combine(Root, "Directory.Build.props");

    /// <summary>The consumer project sources, copied beside the test assembly.</summary>
    public static string ConsumerTemplates => Path.Combine(AppContext.BaseDirectory, "ConsumerTemplates");
}
