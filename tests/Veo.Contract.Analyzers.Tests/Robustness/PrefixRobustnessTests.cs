using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Robustness;

/// <summary>
/// What the IDE sees while someone types: every prefix (at a stride) of realistic files, broken code included.
/// The analyzer must never throw (an exception would surface as AD0001).
/// </summary>
public sealed class PrefixRobustnessTests
{
    private const int MinimumPrefixes = 2000;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new VeoRequestAnalyzer());

    private static readonly CSharpCompilation RealClientBase =
        CSharpCompilation.Create("Prefix", null, TestReferences.Minimal(ClientKind.Real), CompilationOptions);

    private static readonly CSharpCompilation StubClientBase = CSharpCompilation.Create(
        "Prefix",
        new[] { CSharpSyntaxTree.ParseText(ClientStub.Source, ParseOptions, path: "ClientStub.cs") },
        TestReferences.Minimal(ClientKind.StubWithHelpers),
        CompilationOptions);

    [Fact]
    public async Task The_analyzer_never_throws_on_a_prefix_of_a_realistic_file()
    {
        var files = RealisticSources.AgainstRealClient().Select(f => (f.Name, f.Text, Client: ClientKind.Real))
            .Concat(RealisticSources.AgainstStubClient().Select(f => (f.Name, f.Text, Client: ClientKind.StubWithHelpers)))
            .ToList();
        var stride = Math.Max(1, files.Sum(f => f.Text.Length) / (MinimumPrefixes + 100));
        var work = new List<(string Name, string Prefix, ClientKind Client)>();
        foreach (var file in files)
        {
            for (var length = 0; length <= file.Text.Length; length += stride)
            {
                work.Add((file.Name, file.Text.Substring(0, length), file.Client));
            }
        }

        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(work, async (item, token) =>
        {
            foreach (var diagnostic in await AnalyzeAsync(item.Name, item.Prefix, item.Client, failures))
            {
                if (diagnostic.Id is "AD0001" or "AD0002")
                {
                    failures.Enqueue($"{item.Name}[..{item.Prefix.Length}]: {diagnostic}");
                }
            }
        });

        Assert.True(work.Count >= MinimumPrefixes, $"only {work.Count} prefixes");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_whole_files_do_produce_diagnostics_so_the_prefix_run_exercises_the_analyzer()
    {
        var failures = new ConcurrentQueue<string>();
        foreach (var (name, text) in RealisticSources.AgainstRealClient().Take(1).Concat(RealisticSources.AgainstStubClient()))
        {
            var client = name == "HelperCalls.cs" ? ClientKind.StubWithHelpers : ClientKind.Real;
            var diagnostics = await AnalyzeAsync(name, text, client, failures);
            Assert.Contains(diagnostics, d => d.Id.StartsWith("VEO", StringComparison.Ordinal));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_realistic_files_exercise_the_schema_rules_too()
    {
        var failures = new ConcurrentQueue<string>();
        var ids = new HashSet<string>();
        foreach (var (name, text) in RealisticSources.AgainstRealClient())
        {
            ids.UnionWith((await AnalyzeAsync(name, text, ClientKind.Real, failures)).Select(d => d.Id));
        }

        Assert.Empty(failures);
        Assert.Superset(new HashSet<string> { "VEO0009", "VEO0012", "VEO0013", "VEO0014" }, ids);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string name, string text, ClientKind client, ConcurrentQueue<string> failures)
    {
        // Deriving from one base compilation reuses its bound references: far cheaper than a new compilation per prefix.
        var tree = CSharpSyntaxTree.ParseText(text, ParseOptions, path: name);
        var compilation = (client == ClientKind.Real ? RealClientBase : StubClientBase).AddSyntaxTrees(tree);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => failures.Enqueue($"{name}[..{text.Length}]: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
    }
}
