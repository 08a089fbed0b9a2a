namespace Veo.Contract.Rules;

/// <summary>The state and, when known, the wire text of one request field (numbers in invariant culture).</summary>
internal readonly struct FactValue
{
    private FactValue(FactState state, string? text)
    {
        State = state;
        Text = text;
    }

    public static FactValue Absent => default;

    public static FactValue Unknown => new(FactState.Unknown, null);

    public FactState State { get; }

    /// <summary>The value as it goes on the wire; null for a known null.</summary>
    public string? Text { get; }

    public static FactValue Known(string? text) => new(FactState.Known, text);
}
