using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>The fixed compilation both analyzer benchmarks run over: <see cref="RequestSources"/> against the real client.</summary>
public static class BenchmarkCompilation
{
    public static Compilation Create(bool withFindings)
    {
        var trees = RequestSources.Create(withFindings).Select(source => CSharpSyntaxTree.ParseText(source)).ToArray();
        var compilation = CSharpCompilation.Create(
            "AnalyzerBenchmark",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return errors.Length == 0 ? compilation : throw new InvalidOperationException("The benchmark code does not compile: " + errors[0]);
    }

    /// <summary>Fails unless the Veo analyzer found at least the planted findings, so a broken analyzer cannot look fast.</summary>
    public static void CheckFindings(int found, bool withFindings)
    {
        var expected = withFindings ? 4 * RequestSources.Files * RequestSources.MethodsPerFile : 0;
        if (found < expected)
        {
            throw new InvalidOperationException($"Expected at least {expected} findings, got {found}.");
        }
    }

    /// <summary>The running framework's assemblies and the real client.</summary>
    internal static MetadataReference[] References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(CreateTaskRequest).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
