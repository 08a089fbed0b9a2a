using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>One capability of a model as x-veo-rules.models states it: a name and the values the model accepts (null: any value).</summary>
internal sealed class ModelCapability
{
    public ModelCapability(string name, IReadOnlyList<string>? values)
    {
        Name = name;
        Values = values;
    }

    public string Name { get; }

    public IReadOnlyList<string>? Values { get; }
}
