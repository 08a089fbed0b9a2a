using System;
using System.IO;
using System.Linq;
using System.Reflection;

using Veo.Contract.TestSupport;

namespace Veo.Contract.Tests.Support;

/// <summary>Finds files of the repository the tests were built from, wherever it was cloned.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Spec => Path.Combine(Root, "spec", "veo-tasks.openapi.yaml");

    public static string TestsDirectory => Path.Combine(Root, "tests", "Veo.Contract.Tests");

    /// <summary>The build configuration (Debug, Release) these tests were built in.</summary>
    public static string Configuration { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "VeoConfiguration").Value!;

    public static string SpecCompilerDll
        => Path.Combine(Root, "src", "Veo.Contract.SpecCompiler", "bin", Configuration, "net10.0", "Veo.Contract.SpecCompiler.dll");
}
