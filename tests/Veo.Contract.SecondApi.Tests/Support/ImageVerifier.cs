using System.Collections.Immutable;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers;
using Veo.Contract.SecondApi.Images;

namespace Veo.Contract.SecondApi.Tests.Support;

/// <summary>
/// Runs the second analyzer (the product's analyzer core compiled against the image contract) and its code fixes over
/// test code that references the image client, with the Roslyn testing library.
/// </summary>
public static class ImageVerifier
{
    private static readonly ReferenceAssemblies NoPackages = new("net8.0");

    private static readonly ImmutableArray<MetadataReference> References = ImmutableArray.CreateRange<MetadataReference>(Net80.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(CreateImageRequest).Assembly.Location));

    public static async Task AnalyzeAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<VeoRequestAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = NoPackages };
        test.TestState.AdditionalReferences.AddRange(References);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TFix"/> one diagnostic at a time and with Fix All; both must give <paramref name="fixedSource"/>.</summary>
    public static async Task FixAsync<TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<VeoRequestAnalyzer, TFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = NoPackages };
        test.TestState.AdditionalReferences.AddRange(References);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>A class whose method returns <c>new CreateImageRequest { members }</c>: a complete request, as it is returned at once.</summary>
    public static string Returning(string members) => $$"""
        using Veo.Contract.SecondApi.Images;

        public class Sample
        {
            public CreateImageRequest Build(CreateImageRequest template, bool flag) => new CreateImageRequest { {{members}} };
        }
        """;
}
