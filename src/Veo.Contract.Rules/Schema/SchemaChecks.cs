using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Veo.Contract.Rules;

/// <summary>
/// The standard schema keywords of one field, checked in a fixed order (required, enum, bounds, lengths, pattern); only
/// the first broken keyword is reported, with the id of the field's own schema rule if the spec gives it one
/// (duration's VEO0002, prompt's VEO0009), else of the general rule for that keyword.
/// </summary>
internal static class SchemaChecks
{
    public static RuleFinding? Check(RuleField field, RequestFacts facts)
    {
        var value = facts.Get(field.WireName);
        if (value.State == FactState.Unknown)
        {
            return null;
        }

        // Null is never sent, so a known null is as missing as an unset field.
        var text = value.State == FactState.Known ? value.Text : null;
        if (text is null)
        {
            return field.Required ? Report(field, SchemaKeywords.Required, null) : null;
        }

        if (field.EnumValues.Count > 0 && !RuleEvaluator.Contains(field.EnumValues, text))
        {
            return Report(field, SchemaKeywords.Enum, text, ("allowed", RuleMessage.JoinAlternatives(field.EnumValues)));
        }

        return CheckRange(field, text) ?? CheckLength(field, text) ?? CheckPattern(field, text);
    }

    private static RuleFinding? CheckRange(RuleField field, string text)
    {
        if ((field.Minimum is null && field.Maximum is null && field.MultipleOf is null)
            || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var broken = number < field.Minimum ? SchemaKeywords.Minimum
            : number > field.Maximum ? SchemaKeywords.Maximum
            : field.MultipleOf is { } step && number % step != 0 ? SchemaKeywords.MultipleOf
            : SchemaKeywords.None;
        return broken == SchemaKeywords.None ? null : Report(field, broken, text, ("allowed", DescribeRange(field)));
    }

    private static RuleFinding? CheckLength(RuleField field, string text)
    {
        if (field.MinLength is null && field.MaxLength is null)
        {
            return null;
        }

        // JSON schema counts characters (code points): a surrogate pair is one.
        var length = CodePoints(text);
        var (broken, limit) = length < field.MinLength ? (SchemaKeywords.MinLength, "at least " + field.MinLength.Value.ToString(CultureInfo.InvariantCulture))
            : length > field.MaxLength ? (SchemaKeywords.MaxLength, "at most " + field.MaxLength.Value.ToString(CultureInfo.InvariantCulture))
            : (SchemaKeywords.None, string.Empty);
        return broken == SchemaKeywords.None
            ? null
            : Report(field, broken, text, ("length", length.ToString(CultureInfo.InvariantCulture)), ("limit", limit));
    }

    private static RuleFinding? CheckPattern(RuleField field, string text)
        => field.Pattern is { } pattern && field.MatchesPattern(text) == false
            ? Report(field, SchemaKeywords.Pattern, text, ("pattern", pattern))
            : null;

    private static RuleFinding? Report(RuleField field, SchemaKeywords keyword, string? value, params (string Name, string Value)[] arguments)
    {
        var rule = RuleFor(field, keyword);
        return rule is null ? null : RuleEvaluator.Finding(rule, field, value, arguments);
    }

    /// <summary>The field's own schema rule for the keyword, else the general one; the spec compiler guarantees one exists.</summary>
    private static RuleDefinition? RuleFor(RuleField field, SchemaKeywords keyword)
    {
        RuleDefinition? general = null;
        foreach (var rule in VeoRuleTable.Rules)
        {
            if (rule.Kind != RuleKind.Schema || (rule.Keywords & keyword) == 0)
            {
                continue;
            }

            if (rule.Field == field)
            {
                return rule;
            }

            if (rule.Field is null)
            {
                general = rule;
            }
        }

        return general;
    }

    /// <summary>"4, 6 or 8" when the range holds a few values; otherwise "a whole number from 0 to 4294967295" and the like.</summary>
    private static string DescribeRange(RuleField field)
    {
        var step = field.MultipleOf ?? (field.Type == SchemaType.Integer ? 1m : (decimal?)null);
        if (field.Minimum is { } min && field.Maximum is { } max && step is { } s)
        {
            var first = Math.Ceiling(min / s) * s;
            if ((max - first) / s < 8)
            {
                var values = new List<string>();
                for (var v = first; v <= max; v += s)
                {
                    values.Add(v.ToString(CultureInfo.InvariantCulture));
                }

                return RuleMessage.JoinAlternatives(values);
            }
        }

        var builder = new StringBuilder(field.MultipleOf is { } multiple
            ? "a multiple of " + multiple.ToString(CultureInfo.InvariantCulture)
            : field.Type == SchemaType.Integer ? "a whole number" : "a number");
        if (field.Minimum is { } low)
        {
            builder.Append(field.Maximum is null ? " of at least " : " from ").Append(low.ToString(CultureInfo.InvariantCulture));
        }

        if (field.Maximum is { } high)
        {
            builder.Append(field.Minimum is null ? " of at most " : " to ").Append(high.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static int CodePoints(string text)
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
