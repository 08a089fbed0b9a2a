using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Records what an analyzer registers in Initialize. Only compilation-start actions are supported here: a registration of
/// any other kind throws, so the replay cannot silently skip work the analyzer asks for.
/// </summary>
internal sealed class ReplayAnalysisContext : AnalysisContext
{
    public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

    public override void EnableConcurrentExecution()
    {
    }

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
    }

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => throw Unsupported();

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unsupported();

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

    internal static NotSupportedException Unsupported() => new("The replay runs compilation-start, operation and operation block actions only.");
}
