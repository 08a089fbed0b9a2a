using System.Globalization;

namespace Veo.Contract.Rules;

/// <summary>
/// One field's state and, when known, its JSON value: the kind and the text (a string's characters, a number in
/// invariant culture, true or false). The spec's enum and const values are written the same way, so comparing a
/// value with them needs no JSON library (the analyzer runs where System.Text.Json may not load).
/// </summary>
internal readonly struct FactValue
{
    private FactValue(FactState state, FactKind kind, string? text)
    {
        State = state;
        Kind = kind;
        Text = text;
    }

    public static FactValue Absent => default;

    public static FactValue Unknown => new(FactState.Unknown, FactKind.String, null);

    public FactState State { get; }

    public FactKind Kind { get; }

    /// <summary>The value's text as it goes on the wire; null unless the value is known (and for objects).</summary>
    public string? Text { get; }

    public static FactValue String(string text) => new(FactState.Known, FactKind.String, text);

    public static FactValue Number(string invariantText) => new(FactState.Known, FactKind.Number, invariantText);

    public static FactValue Number(long number) => Number(number.ToString(CultureInfo.InvariantCulture));

    public static FactValue Boolean(bool value) => new(FactState.Known, FactKind.Boolean, value ? "true" : "false");

    /// <summary>An object that is sent; what it holds are facts of their own, keyed by their paths.</summary>
    public static FactValue Object() => new(FactState.Known, FactKind.Object, null);

    /// <summary>The value as a number; null for other kinds or text no decimal can hold.</summary>
    public decimal? AsNumber()
        => Kind == FactKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>JSON equality, as enum and const use it: same kind, same text, numbers by value (8 equals 8.0).</summary>
    public bool SameAs(FactValue other)
    {
        if (State != FactState.Known || other.State != FactState.Known || Kind != other.Kind)
        {
            return false;
        }

        return Kind == FactKind.Number ? AsNumber() is { } number && number == other.AsNumber() : string.Equals(Text, other.Text, System.StringComparison.Ordinal);
    }
}
