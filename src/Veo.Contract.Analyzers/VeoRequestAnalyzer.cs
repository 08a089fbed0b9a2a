using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Reports the spec's rules (its JSON Schema keywords and x-advice, each with its x-rule id) where a request is built
/// from constants the service would reject, and required fields missing where the request is provably complete.
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
            // The request type is looked up at the first callback, not here: at compilation start the lookup would
            // bind every reference of the compilation first and that work, which the compiler does anyway, would be
            // charged to this analyzer. Without the client the lookup answers null and every callback returns at once.
            var compilation = start.Compilation;
            var requests = new Lazy<RequestDiagnostics?>(() => RequestDiagnostics.TryCreate(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(
                c => AnalyzeOrigin(c, requests.Value),
                OperationKind.ObjectCreation,
                OperationKind.Invocation,
                OperationKind.With);
            start.RegisterOperationAction(c => AnalyzeLaterAssignment(c, requests.Value), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeDefaultValue(c, requests.Value), OperationKind.ParameterInitializer);
        });
    }

    private static void AnalyzeOrigin(OperationAnalysisContext context, RequestDiagnostics? requests)
    {
        if (requests is not null && !context.IsGeneratedCode && RequestOrigin.Is(context.Operation, requests.Symbols))
        {
            Report(context, requests.For(context.Operation, context.Operation.Syntax.Span));
            if (context.Operation is IInvocationOperation invocation)
            {
                AnalyzeHelperCall(context, invocation, requests);
            }
        }
    }

    /// <summary><c>Make(6)</c> of a private helper that builds a request from its parameter: reported on the 6.</summary>
    private static void AnalyzeHelperCall(OperationAnalysisContext context, IInvocationOperation invocation, RequestDiagnostics requests)
    {
        if (!HasConstantArgument(invocation) || HelperCall.Body(invocation.TargetMethod, invocation, requests.Symbols) is not { } body)
        {
            return;
        }

        // Omitted arguments are not bound here: a default value is reported once, at its declaration.
        var bound = new ParameterValues();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } parameter)
            {
                bound.TryAdd(parameter, argument.Value, body);
            }
        }

        ReportHelper(context, body, bound, invocation.Syntax.Span, requests);
    }

    /// <summary><c>static Request Make(int count = 6)</c>: every call that omits the argument sends the 6, reported there.</summary>
    private static void AnalyzeDefaultValue(OperationAnalysisContext context, RequestDiagnostics? requests)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        if (requests is null
            || context.IsGeneratedCode
            || initializer.Parameter.ContainingSymbol is not IMethodSymbol method
            || HelperCall.Body(method, initializer, requests.Symbols) is not { } body)
        {
            return;
        }

        var bound = new ParameterValues();
        bound.TryAdd(initializer.Parameter, initializer.Value, body);
        ReportHelper(context, body, bound, initializer.Value.Syntax.Span, requests);
    }

    private static void ReportHelper(OperationAnalysisContext context, IOperation body, ParameterValues bound, TextSpan reportSpan, RequestDiagnostics requests)
    {
        if (bound.IsEmpty)
        {
            return;
        }

        foreach (var origin in HelperCall.Origins(body, requests.Symbols))
        {
            Report(context, requests.For(origin, reportSpan, bound));
        }
    }

    private static bool HasConstantArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && ConstantReader.StripConversions(argument.Value).ConstantValue.HasValue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>r.Count = 5;</c> after <c>var r = new Request { … };</c> in the same block.</summary>
    private static void AnalyzeLaterAssignment(OperationAnalysisContext context, RequestDiagnostics? requests)
    {
        // Cheapest tests first: most assignments sit in object initializers, not in statements of their own.
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (requests is null
            || assignment.Parent is not IExpressionStatementOperation statement
            || statement.Parent is not IBlockOperation block
            || assignment.Target is not IPropertyReferenceOperation
            || context.IsGeneratedCode)
        {
            return;
        }

        // A finding always sits on a constant: an assignment of anything else has none of its own to report.
        if (!ConstantReader.MayHoldConstant(assignment.Value))
        {
            return;
        }

        var root = assignment.Target;
        while (root is IPropertyReferenceOperation property)
        {
            root = property.Instance;
        }

        if (root is not ILocalReferenceOperation local || !requests.Symbols.IsRequestType(local.Local.Type))
        {
            return;
        }

        var origin = RequestOrigin.FindBefore(block, block.Operations.IndexOf(statement), local.Local, requests.Symbols);
        if (origin is not null)
        {
            Report(context, requests.For(origin, statement.Syntax.Span));
        }
    }

    private static void Report(OperationAnalysisContext context, List<Diagnostic>? diagnostics)
    {
        if (diagnostics is null)
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
