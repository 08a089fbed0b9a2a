namespace Veo.Contract.Rules;

/// <summary>The checks the spec's x-veo-rules can ask for; each spec rule names one by its kebab-case name.</summary>
internal enum RuleKind
{
    KnownModel,
    AllowedValues,
    Requires,
    ModelCapability,
    NotNegation,
    AbsoluteHttpUrl,

    /// <summary>Standard schema keywords (required, enum, bounds, lengths, pattern) of one field, or of every field no other schema rule names.</summary>
    Schema,
}
