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
/// One callback per member body (an operation block action) finds the body's origins and reports each request's
/// diagnostics, later assignments included: they all lie inside the body, so they stay local to it (the IDE shows
/// and fixes them per document), and no request is analyzed twice. Per-operation actions cost a callback for every
/// creation, call and assignment of every body, with or without a request in it (benchmarks/README.md).
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
            start.RegisterOperationBlockAction(c => AnalyzeBody(c, requests.Value));
        });
    }

    private static void AnalyzeBody(OperationBlockAnalysisContext context, RequestDiagnostics? requests)
    {
        if (requests is null || context.IsGeneratedCode)
        {
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            if (block is IParameterInitializerOperation initializer)
            {
                AnalyzeDefaultValue(context, initializer, requests);
                continue;
            }

            var pending = new Stack<IOperation>();
            pending.Push(block);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                foreach (var child in operation.ChildOperations)
                {
                    pending.Push(child);
                }

                if (operation.Kind is OperationKind.ObjectCreation or OperationKind.Invocation or OperationKind.With
                    && RequestOrigin.Is(operation, requests.Symbols))
                {
                    AnalyzeOrigin(context, operation, requests);
                }
            }
        }
    }

    private static void AnalyzeOrigin(OperationBlockAnalysisContext context, IOperation origin, RequestDiagnostics requests)
    {
        Report(context, requests.For(origin, null, new TextSpan(0, int.MaxValue)));
        if (origin is IInvocationOperation invocation)
        {
            AnalyzeHelperCall(context, invocation, requests);
        }
    }

    /// <summary><c>Make(6)</c> of a private helper that builds a request from its parameter: reported on the 6.</summary>
    private static void AnalyzeHelperCall(OperationBlockAnalysisContext context, IInvocationOperation invocation, RequestDiagnostics requests)
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
    private static void AnalyzeDefaultValue(OperationBlockAnalysisContext context, IParameterInitializerOperation initializer, RequestDiagnostics requests)
    {
        if (initializer.Parameter.ContainingSymbol is not IMethodSymbol method
            || HelperCall.Body(method, initializer, requests.Symbols) is not { } body)
        {
            return;
        }

        var bound = new ParameterValues();
        bound.TryAdd(initializer.Parameter, initializer.Value, body);
        ReportHelper(context, body, bound, initializer.Value.Syntax.Span, requests);
    }

    private static void ReportHelper(OperationBlockAnalysisContext context, IOperation body, ParameterValues bound, TextSpan reportSpan, RequestDiagnostics requests)
    {
        if (bound.IsEmpty)
        {
            return;
        }

        foreach (var origin in HelperCall.Origins(body, requests.Symbols))
        {
            Report(context, requests.For(origin, bound, reportSpan));
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

    private static void Report(OperationBlockAnalysisContext context, List<Diagnostic>? diagnostics)
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
