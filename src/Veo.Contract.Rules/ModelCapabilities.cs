using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>What one model id supports, as listed under x-veo-rules.models in the spec.</summary>
internal sealed class ModelCapabilities
{
    public ModelCapabilities(string id, IReadOnlyList<string> resolutions, bool seed)
    {
        Id = id;
        Resolutions = resolutions;
        Seed = seed;
    }

    public string Id { get; }

    public IReadOnlyList<string> Resolutions { get; }

    public bool Seed { get; }

    /// <summary>Whether this model supports <paramref name="value"/> for the given capability.</summary>
    public bool Supports(string capability, string? value) => capability switch
    {
        RuleCapabilities.Resolutions => value is not null && Contains(Resolutions, value),
        RuleCapabilities.Seed => Seed,
        _ => true,
    };

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
