using System.Collections.Generic;
using Veo.Contract.Rules;

namespace Veo.Contract.SecondApi.Images;

// Hand-written half of the generated request, as Veo.Contract's: its spec's rules, through the same engine.
public partial class CreateImageRequest
{
    /// <summary>Every rule of the image contract this request breaks, errors and advice alike; empty when none.</summary>
    public IReadOnlyList<ImageRuleViolation> Validate()
    {
        var findings = ContractSchema.Engine.Evaluate(ToFacts());
        var violations = new List<ImageRuleViolation>(findings.Count);
        foreach (var finding in findings)
        {
            violations.Add(new ImageRuleViolation(finding));
        }

        return violations;
    }
}
