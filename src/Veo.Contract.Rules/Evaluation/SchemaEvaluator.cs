using System.Text.RegularExpressions;

namespace Veo.Contract.Rules;

/// <summary>
/// JSON Schema over what is known of a request, three-valued: a keyword is false only when the known values break it,
/// and an unknown value leaves it open. Absent fields follow the standard (properties skips them, required fails), so
/// a rule written for any validator means the same here. Reads no field, value or rule of its own: only the schema.
/// </summary>
internal static class SchemaEvaluator
{
    /// <summary>The verdict of <paramref name="node"/> on the value of <paramref name="at"/> (null: the request itself).</summary>
    public static Outcome Evaluate(SchemaNode node, ContractField? at, FactView facts)
    {
        var result = Outcome.Pass(at);
        if (node.HasValueKeywords && at is not null)
        {
            result = CheckValue(node, at, facts.Get(at));
        }

        for (var i = 0; i < node.Required.Count && result.Truth != Truth.False; i++)
        {
            result = result.And(Required(node, node.Required[i], facts));
        }

        for (var i = 0; i < node.Properties.Count && result.Truth != Truth.False; i++)
        {
            var property = node.Properties[i];
            if (facts.Get(property.Field).State != FactState.Absent)
            {
                result = result.And(Evaluate(property.Schema, property.Field, facts));
            }
        }

        for (var i = 0; i < node.AllOf.Count && result.Truth != Truth.False; i++)
        {
            result = result.And(Evaluate(node.AllOf[i], at, facts));
        }

        if (node.AnyOf.Count > 0 && result.Truth != Truth.False)
        {
            result = result.And(AnyOf(node, at, facts));
        }

        if (node.OneOf.Count > 0 && result.Truth != Truth.False)
        {
            result = result.And(OneOf(node, at, facts));
        }

        if (node.Not is { } not && result.Truth != Truth.False)
        {
            result = result.And(Not(not, at, facts));
        }

        if (node.If is { } condition && result.Truth != Truth.False)
        {
            result = result.And(IfThenElse(node, condition, at, facts));
        }

        return result;
    }

    private static Outcome Required(SchemaNode node, ContractField field, FactView facts)
        => facts.Get(field).State switch
        {
            FactState.Absent => Outcome.Fail(field, node, SchemaKeyword.Required),
            FactState.Unknown => Outcome.Open(field),
            _ => Outcome.Pass(field),
        };

    private static Outcome AnyOf(SchemaNode node, ContractField? at, FactView facts)
    {
        Outcome? firstFailure = null;
        var open = false;
        foreach (var branch in node.AnyOf)
        {
            var outcome = Evaluate(branch, at, facts);
            if (outcome.Truth == Truth.True)
            {
                return outcome;
            }

            open |= outcome.Truth == Truth.Unknown;
            firstFailure ??= outcome.Truth == Truth.False ? outcome : null;
        }

        return open ? Outcome.Open(at) : firstFailure!.Value;
    }

    private static Outcome OneOf(SchemaNode node, ContractField? at, FactView facts)
    {
        int matched = 0, open = 0;
        Outcome? firstFailure = null;
        foreach (var branch in node.OneOf)
        {
            var outcome = Evaluate(branch, at, facts);
            matched += outcome.Truth == Truth.True ? 1 : 0;
            open += outcome.Truth == Truth.Unknown ? 1 : 0;
            firstFailure ??= outcome.Truth == Truth.False ? outcome : null;
        }

        if (matched > 1)
        {
            return Outcome.Fail(at, node, SchemaKeyword.None);
        }

        if (open > 0)
        {
            return Outcome.Open(at);
        }

        return matched == 1 ? Outcome.Pass(at) : firstFailure ?? Outcome.Fail(at, node, SchemaKeyword.None);
    }

    /// <summary>A not fails on the field whose value matched the schema it forbids.</summary>
    private static Outcome Not(SchemaNode not, ContractField? at, FactView facts)
    {
        var inner = Evaluate(not, at, facts);
        return inner.Truth switch
        {
            Truth.True => Outcome.Fail(inner.Field ?? at, not, SchemaKeyword.Not),
            Truth.False => Outcome.Pass(at),
            _ => Outcome.Open(at),
        };
    }

    /// <summary>An open condition still decides when both branches agree (a value that breaks neither).</summary>
    private static Outcome IfThenElse(SchemaNode node, SchemaNode condition, ContractField? at, FactView facts)
    {
        var test = Evaluate(condition, at, facts).Truth;
        var then = test == Truth.False || node.Then is null ? Outcome.Pass(at) : Evaluate(node.Then, at, facts);
        var otherwise = test == Truth.True || node.Else is null ? Outcome.Pass(at) : Evaluate(node.Else, at, facts);
        return test switch
        {
            Truth.True => then,
            Truth.False => otherwise,
            _ => then.Truth == otherwise.Truth ? then : Outcome.Open(at),
        };
    }

    /// <summary>The keywords on the value itself, in a fixed order (the pattern last); numeric ones ignore non-numbers, text ones non-strings.</summary>
    private static Outcome CheckValue(SchemaNode node, ContractField at, FactValue value)
    {
        if (value.State == FactState.Unknown)
        {
            return Outcome.Open(at);
        }

        if (value.State == FactState.Absent)
        {
            return Outcome.Pass(at);
        }

        var keyword = FirstBroken(node, value);
        if (keyword != SchemaKeyword.None)
        {
            return Outcome.Fail(at, node, keyword);
        }

        if (node.Regex is null || value.Kind != FactKind.String)
        {
            return Outcome.Pass(at);
        }

        return Matches(node.Regex, value.Text!) switch
        {
            true => Outcome.Pass(at),
            false => Outcome.Fail(at, node, SchemaKeyword.Pattern),
            _ => Outcome.Open(at), // the pattern could not be evaluated in time: no verdict
        };
    }

    private static SchemaKeyword FirstBroken(SchemaNode node, FactValue value)
    {
        if (node.Type is { } type && !IsOfType(value, type))
        {
            return SchemaKeyword.Type;
        }

        if (node.Enum is { } allowed && !Contains(allowed, value))
        {
            return SchemaKeyword.Enum;
        }

        if (value.AsNumber() is { } number)
        {
            return BrokenBound(node, number);
        }

        if (value.Kind == FactKind.String && value.Text is { } text)
        {
            return BrokenText(node, text);
        }

        return SchemaKeyword.None;
    }

    private static SchemaKeyword BrokenBound(SchemaNode node, decimal number)
    {
        if (number < node.Minimum)
        {
            return SchemaKeyword.Minimum;
        }

        if (number > node.Maximum)
        {
            return SchemaKeyword.Maximum;
        }

        if (number <= node.ExclusiveMinimum)
        {
            return SchemaKeyword.ExclusiveMinimum;
        }

        if (number >= node.ExclusiveMaximum)
        {
            return SchemaKeyword.ExclusiveMaximum;
        }

        return node.MultipleOf is { } step && number % step != 0 ? SchemaKeyword.MultipleOf : SchemaKeyword.None;
    }

    private static SchemaKeyword BrokenText(SchemaNode node, string text)
    {
        var length = node.MinLength is null && node.MaxLength is null ? 0 : CodePoints(text);
        if (length < node.MinLength)
        {
            return SchemaKeyword.MinLength;
        }

        return length > node.MaxLength ? SchemaKeyword.MaxLength : SchemaKeyword.None;
    }

    /// <summary>True or false; null when the pattern ran out of time.</summary>
    public static bool? Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static bool Contains(System.Collections.Generic.IReadOnlyList<FactValue> values, FactValue value)
    {
        // An index loop: foreach over IReadOnlyList<T> allocates an enumerator on every call.
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].SameAs(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOfType(FactValue value, SchemaType type) => type switch
    {
        SchemaType.String => value.Kind == FactKind.String,
        SchemaType.Boolean => value.Kind == FactKind.Boolean,
        SchemaType.Object => value.Kind == FactKind.Object,
        SchemaType.Number => value.Kind == FactKind.Number,
        _ => value.AsNumber() is { } number && number == decimal.Truncate(number),
    };

    /// <summary>JSON Schema counts characters (code points): a surrogate pair is one.</summary>
    public static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                count++;
            }
        }

        return count;
    }
}
