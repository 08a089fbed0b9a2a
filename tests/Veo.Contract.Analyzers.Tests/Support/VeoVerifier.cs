using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Runs the analyzer (and a code fix) over test code with the Roslyn testing library.</summary>
public static class VeoVerifier
{
    public static Task AnalyzeAsync(string source, params DiagnosticResult[] expected)
        => AnalyzeAsync(ClientKind.Real, source, expected);

    public static async Task AnalyzeAsync(ClientKind client, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<VeoRequestAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, test.TestState, client);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Analyzes several named files at once (file names matter to Roslyn's generated-code detection).</summary>
    public static async Task AnalyzeFilesAsync((string Name, string Source)[] files, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<VeoRequestAnalyzer, DefaultVerifier>();
        test.TestState.Sources.AddRange(files.Select(file => (file.Name, SourceText.From(file.Source))));
        Configure(test, test.TestState, ClientKind.Real);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Analyzes a program of top-level statements (an executable, as C# requires for them).</summary>
    public static async Task AnalyzeProgramAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<VeoRequestAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, test.TestState, ClientKind.Real);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TFix"/> one diagnostic at a time and with Fix All; both must give <paramref name="fixedSource"/>.</summary>
    public static Task FixAsync<TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
        => FixAsync<TFix>(source, fixedSource, fixedSource, expected);

    /// <summary>
    /// Applies <typeparamref name="TFix"/> one diagnostic at a time (giving <paramref name="fixedSource"/>) and with Fix All,
    /// which applies each diagnostic's preferred fix (giving <paramref name="batchFixedSource"/>). The compiler's warnings
    /// count too: a fix must not leave one (such as CS0219, a local assigned and never used).
    /// </summary>
    public static async Task FixAsync<TFix>(string source, string fixedSource, string batchFixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<VeoRequestAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = batchFixedSource,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        // The testing library compiles with documentation comments on: their absence is no concern of a fix.
        test.DisabledDiagnostics.Add("CS1591");
        Configure(test, test.TestState, ClientKind.Real);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, SolutionState state, ClientKind client)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = TestReferences.None;
        state.AdditionalReferences.AddRange(TestReferences.For(client));
        if (client == ClientKind.StubWithHelpers)
        {
            state.Sources.Add(("ClientStub.cs", ClientStub.Source));
        }
    }
}
