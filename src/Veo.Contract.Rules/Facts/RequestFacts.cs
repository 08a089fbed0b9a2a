using System;
using System.Collections.Generic;

namespace Veo.Contract.Rules;

/// <summary>
/// What a caller knows about one create request, keyed by wire path. The runtime knows every field
/// (unset means absent); the analyzer knows only constants, so for it an unseen field is unknown.
/// </summary>
internal sealed class RequestFacts
{
    // A request has about ten rule fields: a small array searched in order allocates far less than a dictionary,
    // and the client builds one of these for every request it sends.
    private KeyValuePair<string, FactValue>[] _values = new KeyValuePair<string, FactValue>[12];
    private int _count;
    private readonly FactState _unseen;

    private RequestFacts(FactState unseen)
    {
        _unseen = unseen;
    }

    /// <summary>Facts of a request whose every field is known; unset fields take the spec's defaults.</summary>
    public static RequestFacts Complete() => new(FactState.Absent);

    /// <summary>Facts gathered from source code: a field never seen may still be set elsewhere.</summary>
    public static RequestFacts Partial() => new(FactState.Unknown);

    /// <summary>Forgets every field, so one instance can serve request after request.</summary>
    public void Clear()
    {
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    public void Set(string wireName, FactValue value)
    {
        var index = IndexOf(wireName);
        if (index < 0)
        {
            if (_count == _values.Length)
            {
                Array.Resize(ref _values, _count * 2);
            }

            index = _count++;
        }

        _values[index] = new KeyValuePair<string, FactValue>(wireName, value);
    }

    /// <summary>A text field's value; null means the field is not sent.</summary>
    public void SetText(RuleField field, string? text)
        => Set(field.WireName, text is null ? FactValue.Absent : FactValue.Known(text));

    /// <summary>A number field's value in wire form; null means the field is not sent.</summary>
    public void SetNumber(RuleField field, long? number)
        => Set(field.WireName, number.HasValue ? FactValue.Known(RuleEvaluator.WireNumber(number.Value)) : FactValue.Absent);

    /// <summary>
    /// An enum field's value by its .NET member name, sent as the spec's wire value for that member; a value no member
    /// names (a cast such as (Resolution)9) goes out as its number, so it is checked as that text.
    /// </summary>
    public void SetEnumMember(RuleField field, string? memberName)
        => Set(field.WireName, memberName is null ? FactValue.Absent : FactValue.Known(field.EnumWireValue(memberName) ?? memberName));

    public FactValue Get(string wireName)
    {
        var index = IndexOf(wireName);
        return index >= 0 ? _values[index].Value : _unseen == FactState.Unknown ? FactValue.Unknown : FactValue.Absent;
    }

    /// <summary>
    /// The value the service would act on: the value sent, or the default when the field is absent (or a known null,
    /// which is not sent); null when there is neither, or when the value is unknown.
    /// </summary>
    public string? Effective(RuleField field)
    {
        var value = Get(field.WireName);
        return value.State == FactState.Unknown ? null : value.Text ?? field.DefaultValue;
    }

    private int IndexOf(string wireName)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_values[i].Key, wireName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
