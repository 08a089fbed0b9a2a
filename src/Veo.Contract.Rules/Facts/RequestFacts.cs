using System;
using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// What a caller knows about one request, keyed by field. The runtime knows every field (unset means absent); the
/// analyzer knows only constants, so for it a field it never saw is unknown.
/// </summary>
internal sealed class RequestFacts
{
    // A request has about ten fields: a small array searched in order allocates far less than a dictionary, and the
    // client builds one of these for every request it sends.
    private KeyValuePair<ContractField, FactValue>[] _values = new KeyValuePair<ContractField, FactValue>[12];
    private int _count;
    private readonly FactState _unseen;

    private RequestFacts(FactState unseen)
    {
        _unseen = unseen;
    }

    /// <summary>Facts of a request whose every field is known: a field never set is absent.</summary>
    public static RequestFacts Complete() => new(FactState.Absent);

    /// <summary>Facts gathered from source code: a field never seen may still be set elsewhere.</summary>
    public static RequestFacts Partial() => new(FactState.Unknown);

    /// <summary>A copy to change without touching this one (the fix plan's trials).</summary>
    public RequestFacts Copy()
    {
        var copy = new RequestFacts(_unseen) { _values = (KeyValuePair<ContractField, FactValue>[])_values.Clone(), _count = _count };
        return copy;
    }

    /// <summary>Forgets every field, so one instance can serve request after request.</summary>
    public void Clear()
    {
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    public void Set(ContractField field, FactValue value)
    {
        var index = IndexOf(field);
        if (index < 0)
        {
            if (_count == _values.Length)
            {
                Array.Resize(ref _values, _count * 2);
            }

            index = _count++;
        }

        _values[index] = new KeyValuePair<ContractField, FactValue>(field, value);
    }

    /// <summary>A text field; null is not sent.</summary>
    public void SetText(ContractField field, string? text) => Set(field, text is null ? FactValue.Absent : FactValue.String(text));

    /// <summary>A whole-number field; null is not sent.</summary>
    public void SetNumber(ContractField field, long? number) => Set(field, number.HasValue ? FactValue.Number(number.Value) : FactValue.Absent);

    /// <summary>An object field: sent when not null, its own fields set one by one.</summary>
    public void SetObject(ContractField field, bool sent) => Set(field, sent ? FactValue.Object() : FactValue.Absent);

    /// <summary>
    /// An enum field by its .NET member name, sent as the spec's wire value for that member; a value no member names
    /// (a cast such as (Size)9) goes out as its number, so it is checked as that number.
    /// </summary>
    public void SetEnumMember(ContractField field, string? memberName)
    {
        if (memberName is null)
        {
            Set(field, FactValue.Absent);
            return;
        }

        var wire = field.EnumWireValue(memberName);
        Set(field, wire is not null ? FactValue.String(wire) : FactValue.Number(memberName));
    }

    /// <summary>
    /// The field's fact. An object field set by nobody is as present as its members: sent when one of them is, absent
    /// when all are, unknown otherwise.
    /// </summary>
    public FactValue Get(ContractField field)
    {
        var index = IndexOf(field);
        if (index >= 0)
        {
            return _values[index].Value;
        }

        return field.Members is { } shape ? FromMembers(shape) : Unseen();
    }

    private FactValue FromMembers(ContractShape shape)
    {
        var state = FactState.Absent;
        foreach (var member in shape.Fields)
        {
            var fact = Get(member);
            if (fact.State == FactState.Known)
            {
                return FactValue.Object();
            }

            if (fact.State == FactState.Unknown)
            {
                state = FactState.Unknown;
            }
        }

        return state == FactState.Unknown ? FactValue.Unknown : FactValue.Absent;
    }

    private FactValue Unseen() => _unseen == FactState.Unknown ? FactValue.Unknown : FactValue.Absent;

    private int IndexOf(ContractField field)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_values[i].Key, field))
            {
                return i;
            }
        }

        return -1;
    }
}
