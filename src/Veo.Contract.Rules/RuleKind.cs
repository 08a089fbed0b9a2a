namespace Veo.Contract.Rules;

/// <summary>The checks the spec's x-veo-rules can ask for; each spec rule names one by its kebab-case name.</summary>
internal enum RuleKind
{
    KnownModel,
    AllowedValues,
    Requires,
    ModelCapability,
    NotBlank,
    NotNegation,
    AbsoluteHttpUrl,
}
