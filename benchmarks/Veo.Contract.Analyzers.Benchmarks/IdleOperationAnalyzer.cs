using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Asks Roslyn for the same callbacks as the Veo analyzer (one per member body) and does nothing with them: the baseline
/// that carries binding and operation-tree construction, so Veo minus this is the Veo analyzer's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdleOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("IDLE0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        // Registered at compilation start, as the Veo analyzer does, so both pay the same for registration.
        context.RegisterCompilationStartAction(static start =>
        {
            start.RegisterOperationBlockAction(static _ => { });
        });
    }
}
