using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// For each field, the values the spec itself names for it (enum lists, then the few whole numbers a range allows,
/// then consts), in spec order. They are what a message offers instead and what a fix may write: "use one of
/// 2, 4 or 6", "use size large". A field the spec names no values for (a free number, a text) has none.
/// </summary>
internal sealed class CandidateValues
{
    // A range is offered as a list only when it is short ("4, 6 or 8"); longer ones are described ("0 to 4294967295").
    private const int MaxListedRange = 8;

    private readonly Dictionary<ContractField, List<FactValue>> _lists = new();
    private readonly Dictionary<ContractField, List<FactValue>> _consts = new();
    private readonly Dictionary<ContractField, List<FactValue>> _ranges = new();
    private readonly Dictionary<ContractField, IReadOnlyList<FactValue>> _byField = new();

    public CandidateValues(IReadOnlyList<SchemaRule> rules)
    {
        foreach (var rule in rules)
        {
            Walk(rule.Schema, rule.Field);
        }

        foreach (var source in new[] { _lists, _ranges, _consts })
        {
            foreach (var entry in source)
            {
                if (!_byField.TryGetValue(entry.Key, out var values))
                {
                    values = new List<FactValue>();
                    _byField[entry.Key] = values;
                }

                var list = (List<FactValue>)values;
                foreach (var value in entry.Value)
                {
                    if (!SchemaEvaluator.Contains(list, value))
                    {
                        list.Add(value);
                    }
                }
            }
        }
    }

    public IReadOnlyList<FactValue> For(ContractField? field)
        => field is not null && _byField.TryGetValue(field, out var values) ? values : System.Array.Empty<FactValue>();

    private void Walk(SchemaNode node, ContractField? at)
    {
        if (at is not null)
        {
            if (node.Enum is { } values)
            {
                Add(values.Count > 1 ? _lists : _consts, at, values);
            }

            AddRange(node, at);
        }

        foreach (var property in node.Properties)
        {
            Walk(property.Schema, property.Field);
        }

        foreach (var group in new[] { node.AllOf, node.AnyOf, node.OneOf })
        {
            foreach (var part in group)
            {
                Walk(part, at);
            }
        }

        foreach (var part in new[] { node.Not, node.If, node.Then, node.Else })
        {
            if (part is not null)
            {
                Walk(part, at);
            }
        }
    }

    /// <summary>Whether <paramref name="node"/>'s range on <paramref name="at"/> is short enough to offer as its values, not described.</summary>
    public static bool IsListedRange(SchemaNode node, ContractField at)
        => node.Minimum is { } min && node.Maximum is { } max && Step(node, at) is { } step && (max - min) / step < MaxListedRange;

    private static decimal? Step(SchemaNode node, ContractField at) => node.MultipleOf ?? (at.Type == SchemaType.Integer ? 1m : (decimal?)null);

    private void AddRange(SchemaNode node, ContractField at)
    {
        if (!IsListedRange(node, at))
        {
            return;
        }

        var (min, max, s) = (node.Minimum!.Value, node.Maximum!.Value, Step(node, at)!.Value);
        var values = new List<FactValue>();
        for (var v = System.Math.Ceiling(min / s) * s; v <= max; v += s)
        {
            values.Add(FactValue.Number(v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Add(_ranges, at, values);
    }

    private static void Add(Dictionary<ContractField, List<FactValue>> into, ContractField field, IReadOnlyList<FactValue> values)
    {
        if (!into.TryGetValue(field, out var list))
        {
            list = new List<FactValue>();
            into[field] = list;
        }

        list.AddRange(values);
    }
}
