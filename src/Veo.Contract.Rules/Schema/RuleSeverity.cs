namespace Veo.Contract.Rules;

/// <summary>How serious a broken rule is; the spec's x-rule severity. Only errors reject a request.</summary>
internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
