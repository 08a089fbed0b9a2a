using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Veo.Contract.Analyzers;

/// <summary>
/// Each request's diagnostics, worked out once per origin. Roslyn wants a diagnostic reported by the action of the
/// operation it lies in, so a value set by a later assignment is reported from that assignment's action; the
/// assignment then reuses what its origin's action computed instead of analyzing the request again.
/// </summary>
internal sealed class RequestDiagnostics
{
    // Keyed by the origin operation, so an entry lives exactly as long as the operation tree it came from.
    private readonly ConditionalWeakTable<IOperation, Diagnostic[]> _withLaterAssignments = new();
    private readonly ConditionalWeakTable<IOperation, Diagnostic[]>.CreateValueCallback _compute;

    private RequestDiagnostics(RequestSymbols symbols)
    {
        Symbols = symbols;
        _compute = origin => Compute(origin, out _);
    }

    public RequestSymbols Symbols { get; }

    /// <summary>Null when the compilation does not reference the client: then the analyzer does nothing at all.</summary>
    public static RequestDiagnostics? TryCreate(Compilation compilation)
        => RequestSymbols.TryCreate(compilation) is { } symbols ? new RequestDiagnostics(symbols) : null;

    /// <summary>For the origin's own action: kept for later assignments only when there are any.</summary>
    public Diagnostic[] ForOrigin(IOperation origin)
    {
        if (_withLaterAssignments.TryGetValue(origin, out var cached))
        {
            return cached;
        }

        var diagnostics = Compute(origin, out var followedLaterAssignments);
        return followedLaterAssignments ? _withLaterAssignments.GetValue(origin, _ => diagnostics) : diagnostics;
    }

    /// <summary>For a later assignment's action; computes them if its origin's action has not run yet.</summary>
    public Diagnostic[] ForLaterAssignment(IOperation origin) => _withLaterAssignments.GetValue(origin, _compute);

    private Diagnostic[] Compute(IOperation origin, out bool followedLaterAssignments)
    {
        var collector = new RequestFactCollector(Symbols);
        collector.AddOrigin(origin);
        collector.AddLaterAssignments(origin);
        followedLaterAssignments = collector.FollowedLaterAssignments;
        return FindingDiagnostics.Create(Symbols, collector.Facts, origin.Syntax);
    }
}
