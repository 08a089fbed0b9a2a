using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>One violated rule on one field, with the arguments its message template needs.</summary>
internal sealed class RuleFinding
{
    public RuleFinding(RuleDefinition rule, RuleField field, string? value, IReadOnlyDictionary<string, string> arguments)
    {
        Rule = rule;
        Field = field;
        Value = value;
        Arguments = arguments;
    }

    public RuleDefinition Rule { get; }

    /// <summary>The field the finding is about: the rule's own, or for a general schema rule the field whose keyword broke.</summary>
    public RuleField Field { get; }

    /// <summary>The offending value as text; null when the field is missing.</summary>
    public string? Value { get; }

    /// <summary>Placeholder values other than field names (value, allowed, model, …).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public string FormatMessage(RuleNaming naming) => RuleMessage.Format(this, naming);
}
