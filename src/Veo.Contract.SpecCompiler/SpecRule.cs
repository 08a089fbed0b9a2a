namespace Veo.Contract.SpecCompiler;

/// <summary>One entry of x-veo-rules.rules, checked and resolved.</summary>
internal sealed record SpecRule(
    string Id,
    string Severity,
    string Title,
    string Kind,
    SpecField Field,
    IReadOnlyList<string> Values,
    SpecField? WhenField,
    IReadOnlyList<string> WhenValues,
    string? Capability,
    IReadOnlyList<string> Negations,
    string Message);
