namespace Veo.Contract.Rules;

/// <summary>What is known about one request field.</summary>
internal enum FactState
{
    /// <summary>Not set: the service applies the field's default.</summary>
    Absent,

    /// <summary>Set, but to a value nobody can know yet (the analyzer's non-constant values).</summary>
    Unknown,

    /// <summary>Set to a known value (a constant at compile time, the actual value at run time).</summary>
    Known,
}
