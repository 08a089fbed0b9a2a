using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>What one model id supports, as listed under x-veo-rules.models in the spec: capability name to allowed values.</summary>
internal sealed class ModelCapabilities
{
    public ModelCapabilities(string id, IReadOnlyList<ModelCapability> capabilities)
    {
        Id = id;
        Capabilities = capabilities;
    }

    public string Id { get; }

    public IReadOnlyList<ModelCapability> Capabilities { get; }

    /// <summary>Whether this model accepts <paramref name="value"/> for the capability; the spec compiler makes every model name every capability.</summary>
    public bool Supports(string capability, string? value)
    {
        for (var i = 0; i < Capabilities.Count; i++)
        {
            if (Capabilities[i].Name == capability)
            {
                var values = Capabilities[i].Values;
                return values is null || (value is not null && Contains(values, value));
            }
        }

        return true;
    }

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
