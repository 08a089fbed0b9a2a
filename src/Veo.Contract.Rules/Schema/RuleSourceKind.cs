namespace Veo.Contract.Rules;

/// <summary>Who says a constraint holds, as its x-rule source names it.</summary>
internal enum RuleSourceKind
{
    /// <summary>The vendor's own page for the API.</summary>
    Vendor,

    /// <summary>A named public document (the source text names it).</summary>
    Document,

    /// <summary>A generous bound of ours that keeps the wire and the fake server safe; its message says so.</summary>
    Limit,

    /// <summary>Our own reading, stated nowhere: never more than a warning.</summary>
    Assumption,
}
