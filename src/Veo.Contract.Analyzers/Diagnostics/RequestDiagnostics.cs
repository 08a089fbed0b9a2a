using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Works out one request's diagnostics: the facts its origin and the later assignments of its block set, run through
/// the rule engine once.
/// </summary>
internal sealed class RequestDiagnostics
{
    // One collector per thread for this compilation: an allocation that triggers a collection makes its thread do the
    // compiler's garbage collection, and that pause is then charged to whichever analyzer was running. A collector per
    // request instead: 1,555 instead of 508 B and 7.85 instead of 6.62 us per valid request (replay --compare,
    // benchmarks/README.md, goal 5).
    private readonly ThreadLocal<RequestFactCollector> _collectors;

    private RequestDiagnostics(RequestSymbols symbols)
    {
        Symbols = symbols;
        _collectors = new ThreadLocal<RequestFactCollector>(() => new RequestFactCollector(symbols));
    }

    public RequestSymbols Symbols { get; }

    /// <summary>Null when the compilation does not reference the client: then the analyzer does nothing at all.</summary>
    public static RequestDiagnostics? TryCreate(Compilation compilation)
        => RequestSymbols.TryCreate(compilation) is { } symbols ? new RequestDiagnostics(symbols) : null;

    /// <summary>
    /// The diagnostics of the request <paramref name="origin"/> starts (with the later assignments in its block) that lie
    /// in <paramref name="reportSpan"/>; <paramref name="bound"/> holds the constants of one call when the origin is in a
    /// helper analyzed for that call (its findings are then reported at the call only).
    /// </summary>
    public List<Diagnostic>? For(IOperation origin, ParameterValues? bound, TextSpan reportSpan)
    {
        var collector = _collectors.Value!;
        collector.Clear();
        collector.Bound = bound;
        collector.AddOrigin(origin);
        collector.AddLaterAssignments(origin);
        return FindingDiagnostics.Create(Symbols, collector.Facts, collector.Evaluation, collector.IsComplete, origin.Syntax, reportSpan);
    }
}
