using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// One constraint of the spec with its x-rule annotation: a schema that the request (or one field of it) must match,
/// its diagnostic id, severity, title, message template and source. Advice (x-advice) never rejects a request.
/// </summary>
internal sealed class SchemaRule
{
    public SchemaRule(
        string id,
        RuleSeverity severity,
        string title,
        string messageTemplate,
        RuleSourceKind sourceKind,
        string source,
        bool isAdvice,
        ContractField? field,
        SchemaNode schema)
    {
        Id = id;
        Severity = severity;
        Title = title;
        MessageTemplate = messageTemplate;
        SourceKind = sourceKind;
        Source = source;
        IsAdvice = isAdvice;
        Field = field;
        Schema = schema;
        Trigger = schema.If is { } condition ? FirstField(condition) : null;
        PinsValue = schema.Then is { } then && Pins(then);
        ForbidsPattern = Forbids(schema);
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    public string Title { get; }

    /// <summary>The message with {placeholders}; see <see cref="RuleMessage"/>.</summary>
    public string MessageTemplate { get; }

    public RuleSourceKind SourceKind { get; }

    /// <summary>Who says so, as the spec writes it (vendor, a named document, limit, assumption).</summary>
    public string Source { get; }

    /// <summary>True for x-advice: standard JSON Schema that validators ignore, reported but never rejected.</summary>
    public bool IsAdvice { get; }

    /// <summary>The field whose own schema this is (a property's keywords); null for a rule about the whole request.</summary>
    public ContractField? Field { get; }

    public SchemaNode Schema { get; }

    /// <summary>The field an if names first (kind in "if the kind is small, then …"); null for an unconditional rule.</summary>
    public ContractField? Trigger { get; }

    /// <summary>True when the rule's then allows one value of a field (a const): the one fix is to write it.</summary>
    public bool PinsValue { get; }

    /// <summary>True when the rule forbids a pattern (not: pattern): the fix is to cut what matched.</summary>
    public bool ForbidsPattern { get; }

    private static bool Pins(SchemaNode node)
    {
        foreach (var property in node.Properties)
        {
            if (property.Schema.Enum is { Count: 1 })
            {
                return true;
            }
        }

        return false;
    }

    private static bool Forbids(SchemaNode node)
    {
        if (node.Not?.Pattern is not null)
        {
            return true;
        }

        foreach (var property in node.Properties)
        {
            if (Forbids(property.Schema))
            {
                return true;
            }
        }

        foreach (var part in node.AllOf)
        {
            if (Forbids(part))
            {
                return true;
            }
        }

        return false;
    }

    private static ContractField? FirstField(SchemaNode node)
    {
        if (node.Required.Count > 0)
        {
            return node.Required[0];
        }

        if (node.Properties.Count > 0)
        {
            return node.Properties[0].Field;
        }

        foreach (var part in node.AllOf)
        {
            if (FirstField(part) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    public override string ToString() => Id;
}
