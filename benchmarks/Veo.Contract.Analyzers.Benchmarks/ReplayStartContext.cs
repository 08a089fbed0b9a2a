using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>Records the operation and operation block actions an analyzer registers at compilation start; anything else throws.</summary>
internal sealed class ReplayStartContext : CompilationStartAnalysisContext
{
    public ReplayStartContext(Compilation compilation, AnalyzerOptions options)
        : base(compilation, options, CancellationToken.None)
    {
    }

    public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions { get; } = new();

    public List<Action<OperationBlockAnalysisContext>> OperationBlockActions { get; } = new();

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        => OperationActions.Add((action, operationKinds));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => OperationBlockActions.Add(action);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw ReplayAnalysisContext.Unsupported();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw ReplayAnalysisContext.Unsupported();
}
