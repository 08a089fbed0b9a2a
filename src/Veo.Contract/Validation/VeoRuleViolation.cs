using Veo.Contract.Rules;

namespace Veo.Contract;

/// <summary>
/// One broken rule of the service. <see cref="Id"/> is the same code the analyzer reports at compile time
/// and the fake server returns as <c>error.code</c> (VEO0001 to VEO0015).
/// </summary>
public sealed class VeoRuleViolation
{
    internal VeoRuleViolation(RuleFinding finding)
    {
        Id = finding.Rule.Id;
        Severity = (VeoRuleSeverity)(int)finding.Rule.Severity;
        Field = finding.Field?.WireName ?? string.Empty;
        PropertyName = finding.Field?.PropertyName ?? string.Empty;
        Value = finding.Value.Text;
        Message = finding.FormatMessage(RuleNaming.Property);
        Source = finding.Rule.Source;
    }

    /// <summary>The rule's diagnostic id, e.g. <c>VEO0003</c>.</summary>
    public string Id { get; }

    /// <summary>The rule's severity.</summary>
    public VeoRuleSeverity Severity { get; }

    /// <summary>The JSON field the violation is about, e.g. <c>duration</c>.</summary>
    public string Field { get; }

    /// <summary>The .NET property the violation is about, e.g. <c>Duration</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The offending value as it would be sent; null when the field is missing.</summary>
    public string? Value { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>
    /// Who says so, as the spec names it: <c>vendor</c> (the vendor's page), a named public document, <c>limit</c>
    /// (a generous bound of Veo.Contract's own) or <c>assumption</c> (never more than a warning).
    /// </summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Severity}) {Message}";
}
