using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>An object of the request (the request itself, or an object field): its fields and whether it takes fields the spec does not name.</summary>
internal sealed class ContractShape
{
    public ContractShape(bool allowsOtherFields, IReadOnlyList<ContractField> fields)
    {
        AllowsOtherFields = allowsOtherFields;
        Fields = fields;
    }

    public bool AllowsOtherFields { get; }

    public IReadOnlyList<ContractField> Fields { get; }

    /// <summary>The field whose JSON name is <paramref name="name"/>; null when there is none.</summary>
    public ContractField? Find(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return Fields[i];
            }
        }

        return null;
    }
}
