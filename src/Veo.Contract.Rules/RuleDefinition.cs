using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>One rule of the spec's x-veo-rules, as the spec compiler wrote it into the generated rule table.</summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(
        string id,
        RuleSeverity severity,
        string title,
        RuleKind kind,
        RuleField? field,
        IReadOnlyList<string> values,
        RuleField? whenField,
        IReadOnlyList<string> whenValues,
        string? capability,
        IReadOnlyList<string> negations,
        SchemaKeywords keywords,
        string messageTemplate)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Kind = kind;
        Field = field;
        Values = values;
        WhenField = whenField;
        WhenValues = whenValues;
        Capability = capability;
        Negations = negations;
        Keywords = keywords;
        MessageTemplate = messageTemplate;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    public string Title { get; }

    public RuleKind Kind { get; }

    /// <summary>The field the violation is reported on (and underlined by the analyzer); null for a schema rule that covers every field.</summary>
    public RuleField? Field { get; }

    /// <summary>Allowed values of <see cref="Field"/> (allowed-values, requires); empty otherwise.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The field whose value switches a requires-rule on.</summary>
    public RuleField? WhenField { get; }

    public IReadOnlyList<string> WhenValues { get; }

    /// <summary>The model capability a model-capability rule checks.</summary>
    public string? Capability { get; }

    /// <summary>Leading words that make a not-negation rule fire, longest first.</summary>
    public IReadOnlyList<string> Negations { get; }

    /// <summary>The schema keywords a schema rule reports.</summary>
    public SchemaKeywords Keywords { get; }

    /// <summary>The message with {placeholders}; see <see cref="RuleMessage"/>.</summary>
    public string MessageTemplate { get; }

    /// <summary>True for the rules that look at one field's value alone; they stay quiet when that value already breaks a schema keyword.</summary>
    public bool IsSingleValueRule => Kind is RuleKind.KnownModel or RuleKind.AllowedValues or RuleKind.NotNegation or RuleKind.AbsoluteHttpUrl;
}
