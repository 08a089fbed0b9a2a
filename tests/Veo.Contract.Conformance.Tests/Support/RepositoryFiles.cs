using System;
using System.IO;

using Veo.Contract.TestSupport;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>Finds the repository's spec and its npm-installed Prism from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Path;

    public static string Spec => Path.Combine(Root, "spec", "veo-tasks.openapi.yaml");

    /// <summary>node_modules/.bin/prism, or a failure that says how to install it.</summary>
    public static string Prism()
    {
        var prism = Path.Combine(Root, "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
        {
            throw new InvalidOperationException(
                $"Prism is not installed ({prism} is missing). Run `npm ci` in the repository root first; "
                + "CI runs it (through .ci/lint-spec) before the tests. The conformance tests never skip.");
        }

        return prism;
    }
}
