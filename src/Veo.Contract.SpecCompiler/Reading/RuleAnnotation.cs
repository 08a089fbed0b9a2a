namespace Veo.Contract.SpecCompiler;

/// <summary>An x-rule annotation: the diagnostic id, severity, title, message template and source of one constraint.</summary>
internal sealed record RuleAnnotation(string Id, string Severity, string? Title, string Message, string SourceKind, string Source);
