using System;
using System.IO;

namespace Veo.Contract.TestSupport;

/// <summary>
/// The root of the repository the tests were built from, wherever it was cloned: the nearest folder above the test
/// output that holds Veo.Contract.sln. Compiled into each test project that reads repository files (tests/Shared).
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Veo.Contract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Veo.Contract.sln not found above " + AppContext.BaseDirectory);
    }
}
