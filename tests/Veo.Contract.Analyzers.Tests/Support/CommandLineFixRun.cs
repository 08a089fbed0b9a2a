using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veo.Contract.CodeFixes;
using Xunit.Sdk;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>
/// Applies the VEO fixes the way `dotnet format analyzers --diagnostics …` does (dotnet/sdk's AnalyzerFormatter and
/// SolutionCodeFixApplier), in process: one id at a time in an order it does not control (a hash set's), analysis run
/// again before each id; for each fix of that id, the equivalence key of the first action a fix registers for the
/// first diagnostic of the run (of any requested id, in whatever order concurrent analysis produced them), then Fix
/// All in the solution with the diagnostics of that analysis, even for the second fix of an id after the first changed
/// the code. A Fix All that returns no action fails the run, as dotnet format's "didn't return a Fix All action".
/// </summary>
internal static class CommandLineFixRun
{
    public static readonly CodeFixProvider[] Fixes =
    [
        new ReplaceValueCodeFixProvider(),
        new ReplaceConditionCodeFixProvider(),
        new RemoveAssignmentCodeFixProvider(),
    ];

    /// <summary>
    /// The source after fixing <paramref name="ids"/> in this order, with the fixes of an id tried in <paramref name="fixes"/>
    /// order, and the diagnostic at <paramref name="first"/> (counted from the end when negative) taken as the run's first.
    /// </summary>
    public static async Task<string> RunAsync(string source, IReadOnlyList<string> ids, IReadOnlyList<CodeFixProvider> fixes, int first)
    {
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Sample", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(TestReferences.For(ClientKind.Real))
            .AddDocument("Sample.cs", source);
        var solution = document.Project.Solution;
        foreach (var id in ids)
        {
            var diagnostics = await DiagnosticsAsync(solution.GetProject(document.Project.Id)!, ids);
            if (!diagnostics.Any(d => d.Id == id))
            {
                continue;
            }

            foreach (var fix in fixes.Where(f => f.FixableDiagnosticIds.Contains(id)))
            {
                var firstDiagnostic = diagnostics[first >= 0 ? Math.Min(first, diagnostics.Length - 1) : Math.Max(0, diagnostics.Length + first)];
                if (solution.GetDocument(firstDiagnostic.Location.SourceTree) is not { } firstDocument)
                {
                    continue; // the first fix of this id changed the document: dotnet format skips the second
                }

                CodeAction? registered = null;
                await fix.RegisterCodeFixesAsync(new CodeFixContext(firstDocument, firstDiagnostic, (action, _) => registered ??= action, CancellationToken.None));
                var context = new FixAllContext(firstDocument, fix, FixAllScope.Solution, registered?.EquivalenceKey, [id], new AnalysisDiagnosticProvider(diagnostics), CancellationToken.None);
                var fixAll = await fix.GetFixAllProvider()!.GetFixAsync(context)
                    ?? throw new XunitException($"Unable to fix {id}. Code fix {fix.GetType().Name} didn't return a Fix All action.");
                var operations = await fixAll.GetOperationsAsync(CancellationToken.None);
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                if (changed.GetChanges(solution).GetProjectChanges().Any())
                {
                    solution = changed;
                }
            }
        }

        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>The analyzer's diagnostics of <paramref name="ids"/> in <paramref name="source"/>, and the compiler's warnings and errors.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Analyzer, ImmutableArray<Diagnostic> Compiler)> AnalyzeAsync(string source, IReadOnlyList<string> ids)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Sample", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(TestReferences.For(ClientKind.Real))
            .AddDocument("Sample.cs", source).Project;
        var compilation = (await project.GetCompilationAsync())!;
        return (await DiagnosticsAsync(project, ids), compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray());
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, IReadOnlyList<string> ids)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var all = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new VeoRequestAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => ids.Contains(d.Id)).ToImmutableArray();
    }
}
