namespace Veo.Contract.Rules;

/// <summary>What is known about one field of a request.</summary>
internal enum FactState
{
    /// <summary>Not sent (unset, or null, which is never sent): the service applies the field's default.</summary>
    Absent,

    /// <summary>Maybe sent, with a value nobody can know yet (the analyzer's non-constant values).</summary>
    Unknown,

    /// <summary>Sent with a known value (a constant at compile time, the actual value at run time).</summary>
    Known,
}
