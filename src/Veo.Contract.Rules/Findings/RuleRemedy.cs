namespace Veo.Contract.Rules;

/// <summary>
/// What the schema says would mend a finding, when only one thing would: the one value of the blamed field that
/// satisfies the rule (the one length a size needs; a text without the words a pattern forbids), dropping an optional field
/// with no default, or the first listed value of the condition's field that satisfies it.
/// </summary>
internal sealed class RuleRemedy
{
    public static readonly RuleRemedy None = new(null, false, null);

    public RuleRemedy(FactValue? replacement, bool removable, FactValue? triggerReplacement)
    {
        Replacement = replacement;
        Removable = removable;
        TriggerReplacement = triggerReplacement;
    }

    /// <summary>The value to write over the blamed one.</summary>
    public FactValue? Replacement { get; }

    /// <summary>True when leaving the blamed field out satisfies the rule.</summary>
    public bool Removable { get; }

    /// <summary>The value to write over the condition's field instead.</summary>
    public FactValue? TriggerReplacement { get; }
}
