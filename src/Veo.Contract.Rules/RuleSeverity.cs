namespace Veo.Contract.Rules;

/// <summary>How serious a rule violation is; mirrors the severities allowed in the spec's x-veo-rules.</summary>
internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
