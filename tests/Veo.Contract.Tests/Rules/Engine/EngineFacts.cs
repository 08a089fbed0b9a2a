using Veo.Contract.Rules;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>Facts of a valid request built by hand, for the engine tests.</summary>
internal static class EngineFacts
{
    /// <summary>A complete request: model veo-3.1 and a prompt, everything else unset.</summary>
    public static RequestFacts Valid()
    {
        var facts = RequestFacts.Complete();
        facts.SetText(ContractFields.Model, "veo-3.1");
        facts.SetText(ContractFields.Prompt, "a fox");
        return facts;
    }
}
