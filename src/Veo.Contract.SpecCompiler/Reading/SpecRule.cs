namespace Veo.Contract.SpecCompiler;

/// <summary>One entry of x-veo-rules.rules, checked and resolved. A schema rule without a field applies to every field with its keywords.</summary>
internal sealed record SpecRule(
    string Id,
    string Severity,
    string Title,
    string Kind,
    SpecField? Field,
    IReadOnlyList<string> Values,
    SpecField? WhenField,
    IReadOnlyList<string> WhenValues,
    string? Capability,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> Keywords,
    string Message);
