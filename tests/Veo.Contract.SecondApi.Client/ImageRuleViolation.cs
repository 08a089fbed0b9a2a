using Veo.Contract.Rules;

namespace Veo.Contract.SecondApi.Images;

/// <summary>One broken rule of the image contract, as <see cref="CreateImageRequest.Validate"/> reports it.</summary>
public sealed class ImageRuleViolation
{
    internal ImageRuleViolation(RuleFinding finding)
    {
        Id = finding.Rule.Id;
        IsError = finding.Rule.Severity == RuleSeverity.Error;
        Field = finding.Field?.WireName ?? string.Empty;
        Value = finding.Value.Text;
        Message = finding.FormatMessage(RuleNaming.Property);
    }

    /// <summary>The rule's id (IMG0001…), the same the second analyzer reports.</summary>
    public string Id { get; }

    /// <summary>True for an error (the service rejects the request), false for advice.</summary>
    public bool IsError { get; }

    /// <summary>The JSON field concerned (<c>size</c>); empty for the request as a whole.</summary>
    public string Field { get; }

    /// <summary>The offending value as it would be sent; null when the field is missing.</summary>
    public string? Value { get; }

    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Message}";
}
