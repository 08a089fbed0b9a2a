using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Works out one request's diagnostics. Roslyn wants a diagnostic reported by the action of the operation it lies in,
/// so a later assignment's action works them out again and reports the ones in its own statement. Sharing the first
/// result between the two actions was tried (a ConditionalWeakTable keyed by the origin): waiting for its lock across
/// threads cost more than analyzing the request a second time.
/// </summary>
internal sealed class RequestDiagnostics
{
    // One collector per thread for this compilation: an allocation that triggers a collection makes its thread do the
    // compiler's garbage collection, and that pause is then charged to whichever analyzer was running.
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

    /// <summary>The diagnostics of the request <paramref name="origin"/> starts (with the later assignments in its block) that lie in <paramref name="reportSpan"/>.</summary>
    public List<Diagnostic>? For(IOperation origin, TextSpan reportSpan, ParameterValues? bound = null)
    {
        var collector = _collectors.Value!;
        if (bound is not null)
        {
            // A helper analyzed for one call site: its findings are reported at that call only.
            return Analyze(collector, origin, reportSpan, bound);
        }

        // Roslyn runs the actions of one body in tree order on one thread, so the actions of a request's later
        // assignments come right after its origin's: the origin's analysis, kept for the thread, serves them too.
        // Analyzing such a request once instead of once per action took a fifth off the analyzer's time (benchmarks/README.md).
        if (collector.LastOrigin != origin)
        {
            collector.LastDiagnostics = Analyze(collector, origin, new TextSpan(0, int.MaxValue), null);
            collector.LastOrigin = origin;
        }

        return Within(collector.LastDiagnostics, reportSpan);
    }

    private List<Diagnostic>? Analyze(RequestFactCollector collector, IOperation origin, TextSpan reportSpan, ParameterValues? bound)
    {
        collector.Clear();
        collector.Bound = bound;
        collector.AddOrigin(origin);
        collector.AddLaterAssignments(origin);
        return FindingDiagnostics.Create(Symbols, collector.Facts, collector.Evaluation, collector.IsComplete, origin.Syntax, reportSpan);
    }

    private static List<Diagnostic>? Within(List<Diagnostic>? diagnostics, TextSpan span)
    {
        List<Diagnostic>? within = null;
        if (diagnostics is not null)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (span.Contains(diagnostic.Location.SourceSpan))
                {
                    (within ??= new List<Diagnostic>()).Add(diagnostic);
                }
            }
        }

        return within;
    }
}
