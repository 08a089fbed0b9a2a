using System;
using System.Collections.Generic;
using System.Linq;

namespace Veo.Contract;

/// <summary>
/// Thrown before any HTTP traffic when a request breaks at least one error-severity rule.
/// Lists every violation, warnings included, so one round of fixes is enough.
/// </summary>
public sealed class VeoValidationException : VeoException
{
    /// <summary>Creates the exception from the violations found.</summary>
    public VeoValidationException(IReadOnlyList<VeoRuleViolation> violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in rule order.</summary>
    public IReadOnlyList<VeoRuleViolation> Violations { get; }

    private static string Describe(IReadOnlyList<VeoRuleViolation> violations)
    {
        var errors = violations.Count(violation => violation.Severity == VeoRuleSeverity.Error);
        var lines = violations.Select(violation => "  " + violation);
        return $"The request was not sent: it breaks {errors} rule(s) the service enforces.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
