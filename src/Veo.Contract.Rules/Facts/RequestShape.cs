using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>An object of the request schema (the request, extra): its fields and whether it accepts fields the spec does not name.</summary>
internal sealed class RequestShape
{
    public RequestShape(bool allowsOtherFields, IReadOnlyList<RuleField> fields)
    {
        AllowsOtherFields = allowsOtherFields;
        Fields = fields;
    }

    public bool AllowsOtherFields { get; }

    public IReadOnlyList<RuleField> Fields { get; }

    /// <summary>The field whose JSON name (last path segment) is <paramref name="name"/>; null when there is none.</summary>
    public RuleField? Find(string name)
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
