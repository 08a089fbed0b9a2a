using System;
using System.Collections.Generic;
using Veo.Contract.Rules;

namespace Veo.Contract;

// Hand-written half of the generated request: the same rules the analyzer and the fake server apply.
// ToFacts() is generated from the spec's request schema (RequestFacts.g.cs).
public partial class CreateTaskRequest
{
    /// <summary>
    /// Checks this request against every rule of the spec (VEO0001 to VEO0015: its JSON Schema keywords and advice) without sending it.
    /// Returns all violations, errors and warnings alike; an empty list means the service should accept it.
    /// </summary>
    public IReadOnlyList<VeoRuleViolation> Validate()
    {
        var findings = ContractSchema.Engine.Evaluate(ToFacts());
        var violations = new List<VeoRuleViolation>(findings.Count);
        foreach (var finding in findings)
        {
            violations.Add(new VeoRuleViolation(finding));
        }

        return violations;
    }

    /// <summary>Throws <see cref="VeoValidationException"/> when <see cref="Validate"/> finds an error-severity violation.</summary>
    public void EnsureValid()
    {
        var violations = Validate();
        foreach (var violation in violations)
        {
            if (violation.Severity == VeoRuleSeverity.Error)
            {
                throw new VeoValidationException(violations);
            }
        }
    }
}
