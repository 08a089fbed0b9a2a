using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// Calls an analyzer's operation actions (on every operation) and operation block actions (once per member, with its body
/// and default values) directly over operation trees that were bound once, as Roslyn's driver calls them during a build. A pass through CompilationWithAnalyzers binds the whole compilation again (about 300 µs per
/// request here), and on a shared 2-core machine the noise of that binding is larger than the analyzer itself; a
/// replay measures only the analyzer's own code.
/// </summary>
public sealed class OperationReplay
{
    private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

    private readonly Compilation _compilation;
    private readonly (IOperation Operation, ISymbol Owner)[] _operations;
    private readonly (ImmutableArray<IOperation> Blocks, ISymbol Owner)[] _blocks;

    public OperationReplay(Compilation compilation)
    {
        _compilation = compilation;
        var operations = new List<(IOperation, ISymbol)>();
        var blocks = new List<(ImmutableArray<IOperation>, ISymbol)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
            {
                var owner = model.GetDeclaredSymbol(method) ?? throw new InvalidOperationException("No symbol for " + method);
                var roots = method.ParameterList.Parameters
                    .Where(parameter => parameter.Default is not null)
                    .Select(parameter => model.GetOperation(parameter.Default!))
                    .Append(model.GetOperation(method));
                var rootOperations = roots.Select(root => root ?? throw new InvalidOperationException("No operation for " + method)).ToImmutableArray();
                foreach (var root in rootOperations)
                {
                    operations.AddRange(root.DescendantsAndSelf().Select(operation => (operation, owner)));
                }

                blocks.Add((rootOperations, owner));
            }
        }

        _operations = operations.ToArray();
        _blocks = blocks.ToArray();
    }

    /// <summary>One pass of <paramref name="analyzer"/> over every operation; returns the number of diagnostics it reported.</summary>
    public int Run(DiagnosticAnalyzer analyzer)
    {
        var host = new ReplayAnalysisContext();
        analyzer.Initialize(host);
        var start = new ReplayStartContext(_compilation, NoOptions);
        foreach (var action in host.StartActions)
        {
            action(start);
        }

        var reported = 0;
        Action<Diagnostic> report = _ => reported++;
        Func<Diagnostic, bool> supported = _ => true;
        foreach (var (operation, owner) in _operations)
        {
            foreach (var (action, kinds) in start.OperationActions)
            {
                if (kinds.Contains(operation.Kind))
                {
                    action(new OperationAnalysisContext(operation, owner, _compilation, NoOptions, report, supported, CancellationToken.None));
                }
            }
        }

        foreach (var (blocks, owner) in _blocks)
        {
            foreach (var action in start.OperationBlockActions)
            {
                action(new OperationBlockAnalysisContext(blocks, owner, _compilation, NoOptions, report, supported, CancellationToken.None));
            }
        }

        return reported;
    }
}
