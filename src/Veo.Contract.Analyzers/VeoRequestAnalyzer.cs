using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Reports VEO0001–VEO0012 where a CreateTaskRequest is built from constants the service would reject.
/// A request starts at an origin (<see cref="RequestOrigin"/>); later assignments to the same local in the same
/// block add to it. <c>with</c> is handled for the day the request type becomes a record: today it is a class,
/// so C# does not allow <c>with</c> on it.
/// Each action reports only inside its own operation (diagnostics stay local, so the IDE shows and fixes them per
/// document): the origin's action reports values in the origin, a later assignment's action the value it assigns.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VeoRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => VeoDiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is skipped by the callbacks below (context.IsGeneratedCode), not by Roslyn. With
        // GeneratedCodeAnalysisFlags.None Roslyn also checks each reported location, and the first report in a file
        // then scans every symbol of that file for [GeneratedCode]; that scan was most of this analyzer's build time.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Symbols are resolved once per compilation; without the client there is nothing to register.
            var symbols = RequestSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterOperationAction(
                c => AnalyzeOrigin(c, symbols),
                OperationKind.ObjectCreation,
                OperationKind.Invocation,
                OperationKind.With);
            start.RegisterOperationAction(c => AnalyzeLaterAssignment(c, symbols), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeOrigin(OperationAnalysisContext context, RequestSymbols symbols)
    {
        if (!context.IsGeneratedCode && RequestOrigin.Is(context.Operation, symbols))
        {
            Analyze(context, symbols, context.Operation, context.Operation.Syntax.Span);
        }
    }

    /// <summary><c>r.Duration = 5;</c> after <c>var r = new CreateTaskRequest { … };</c> in the same block.</summary>
    private static void AnalyzeLaterAssignment(OperationAnalysisContext context, RequestSymbols symbols)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var root = assignment.Target;
        while (root is IPropertyReferenceOperation property)
        {
            root = property.Instance;
        }

        if (root is not ILocalReferenceOperation local
            || assignment.Target is not IPropertyReferenceOperation
            || !symbols.IsRequestType(local.Local.Type)
            || assignment.Parent is not IExpressionStatementOperation statement
            || statement.Parent is not IBlockOperation block)
        {
            return;
        }

        var origin = RequestOrigin.FindBefore(block, block.Operations.IndexOf(statement), local.Local, symbols);
        if (origin is not null)
        {
            Analyze(context, symbols, origin, statement.Syntax.Span);
        }
    }

    private static void Analyze(OperationAnalysisContext context, RequestSymbols symbols, IOperation origin, TextSpan reportSpan)
    {
        var collector = new RequestFactCollector(symbols);
        collector.AddOrigin(origin);
        collector.AddLaterAssignments(origin);
        FindingReporter.Report(context, symbols, collector.Facts, origin.Syntax, reportSpan);
    }
}
