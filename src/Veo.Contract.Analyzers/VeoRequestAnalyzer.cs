using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Reports VEO0001–VEO0012 where a CreateTaskRequest is built from constants the service would reject.
/// Three kinds of operation start a request: <c>new CreateTaskRequest { … }</c>, a request-building method of the
/// client (arguments mapped by parameter), and <c>with { … }</c> (only if the request type ever becomes a record:
/// today it is a class, so C# does not allow <c>with</c> on it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VeoRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => VeoDiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Symbols are resolved once per compilation; without the client there is nothing to register.
            var symbols = RequestSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeWith(c, symbols), OperationKind.With);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, RequestSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!symbols.IsRequestType(creation.Type))
        {
            return;
        }

        var collector = new RequestFactCollector(symbols);
        collector.AddArguments(creation.Constructor, creation.Arguments);
        collector.AddInitializer(creation.Initializer, symbols.Root);
        Finish(context, symbols, collector, creation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, RequestSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!symbols.IsRequestType(invocation.TargetMethod.ReturnType))
        {
            return;
        }

        var collector = new RequestFactCollector(symbols);
        collector.AddArguments(invocation.TargetMethod, invocation.Arguments);
        Finish(context, symbols, collector, invocation);
    }

    private static void AnalyzeWith(OperationAnalysisContext context, RequestSymbols symbols)
    {
        var with = (IWithOperation)context.Operation;
        if (!symbols.IsRequestType(with.Type))
        {
            return;
        }

        // Fields not named in the with-initializer are copied from a value the analyzer does not track: unknown.
        var collector = new RequestFactCollector(symbols);
        collector.AddInitializer(with.Initializer, symbols.Root);
        Finish(context, symbols, collector, with);
    }

    private static void Finish(OperationAnalysisContext context, RequestSymbols symbols, RequestFactCollector collector, IOperation origin)
    {
        collector.AddLaterAssignments(origin);
        FindingReporter.Report(context, symbols, collector.Facts, origin.Syntax);
    }
}
