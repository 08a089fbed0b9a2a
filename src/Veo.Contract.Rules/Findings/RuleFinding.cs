using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// One broken rule: the field to blame and its value, the field its condition named (if any), the arguments its
/// message template needs, and the remedies the schema allows (computed, never written per rule).
/// </summary>
internal sealed class RuleFinding
{
    public RuleFinding(
        SchemaRule rule,
        ContractField? field,
        FactValue value,
        ContractField? trigger,
        IReadOnlyDictionary<string, string> arguments,
        RuleRemedy remedy)
    {
        Rule = rule;
        Field = field;
        Value = value;
        Trigger = trigger;
        Arguments = arguments;
        Remedy = remedy;
    }

    public SchemaRule Rule { get; }

    /// <summary>The field whose value (or absence) breaks the rule; null when the rule blames no field (the request as a whole).</summary>
    public ContractField? Field { get; }

    /// <summary>The offending value; absent when the field is missing.</summary>
    public FactValue Value { get; }

    /// <summary>The field a conditional rule's if names (the kind in "a small kind cannot be large"); null otherwise.</summary>
    public ContractField? Trigger { get; }

    /// <summary>Placeholder values other than field names (value, allowed, didYouMean, ifValue, ifAllowed, length, limit, match).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public RuleRemedy Remedy { get; }

    public string FormatMessage(RuleNaming naming) => RuleMessage.Format(this, naming);
}
