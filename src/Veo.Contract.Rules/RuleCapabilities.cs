namespace Veo.Contract.Rules;

/// <summary>The capability names a model-capability rule may name; the spec compiler rejects any other.</summary>
internal static class RuleCapabilities
{
    public const string Resolutions = "resolutions";
    public const string Seed = "seed";
}
