namespace Veo.Contract.Rules;

/// <summary>The JSON type of a known value: what enum, const, bounds, lengths and patterns compare against.</summary>
internal enum FactKind
{
    String,
    Number,
    Boolean,
    Object,
}
