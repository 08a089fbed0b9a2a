using System;
using System.Collections.Generic;
using Veo.Contract.Rules;

namespace Veo.Contract;

// Hand-written half of the generated request: the same rules the analyzer and the fake server apply.
public partial class CreateTaskRequest
{
    /// <summary>
    /// Checks this request against every rule of the service (VEO0001 to VEO0012) without sending it.
    /// Returns all violations, errors and warnings alike; an empty list means the service should accept it.
    /// </summary>
    public IReadOnlyList<VeoRuleViolation> Validate()
    {
        var findings = RuleEvaluator.Evaluate(ToFacts());
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

    private RequestFacts ToFacts()
    {
        var facts = RequestFacts.Complete();
        Set(facts, "model", Model);
        Set(facts, "action", Action);
        Set(facts, "prompt", Prompt);
        Set(facts, "aspect_ratio", AspectRatio is { } ratio ? WireEnum.ToWire(ratio) : null);
        Set(facts, "duration", Duration is { } seconds ? RuleEvaluator.WireNumber(seconds) : null);
        Set(facts, "resolution", Resolution is { } resolution ? WireEnum.ToWire(resolution) : null);
        Set(facts, "negative_prompt", NegativePrompt);
        Set(facts, "seed", Seed is { } seed ? RuleEvaluator.WireNumber(seed) : null);
        Set(facts, "callback_url", CallbackUrl);
        Set(facts, "extra.personGeneration", Extra?.PersonGeneration);
        return facts;
    }

    // Null means "not sent" (the serializer drops nulls), except for the required prompt, which must be reported.
    private static void Set(RequestFacts facts, string wireName, string? value)
        => facts.Set(wireName, value is null && wireName != "prompt" ? FactValue.Absent : FactValue.Known(value));
}
