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

        // Null is never sent, so a known null is as missing as an unset field (an absent fact carries no text).
        var text = value.Text;
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

    // The checks below declare no out or pattern variables inside conditions: Stryker copies a mutated condition next
    // to the original, and two declarations of one name would not compile (the mutant would count in no score).
    private static RuleFinding? CheckRange(RuleField field, string text)
    {
        // Most fields state no bounds: their text is not parsed at all.
        if (field.Minimum is null && field.Maximum is null && field.MultipleOf is null)
        {
            return null;
        }

        var number = ParseNumber(text);
        if (number is null)
        {
            return null;
        }

        if (number < field.Minimum)
        {
            return ReportRange(field, SchemaKeywords.Minimum, text);
        }

        if (number > field.Maximum)
        {
            return ReportRange(field, SchemaKeywords.Maximum, text);
        }

        if (field.MultipleOf != null && number % field.MultipleOf != 0)
        {
            return ReportRange(field, SchemaKeywords.MultipleOf, text);
        }

        return null;
    }

    /// <summary>The text as a number; null when it is none (a type error the caller reports, or a value not checked here).</summary>
    private static decimal? ParseNumber(string text)
        => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static RuleFinding? ReportRange(RuleField field, SchemaKeywords keyword, string text)
        => Report(field, keyword, text, ("allowed", DescribeRange(field)));

    private static RuleFinding? CheckLength(RuleField field, string text)
    {
        // Most fields state no lengths: their characters are not counted at all.
        if (field.MinLength is null && field.MaxLength is null)
        {
            return null;
        }

        // JSON schema counts characters (code points): a surrogate pair is one.
        var length = CodePoints(text);
        if (length < field.MinLength)
        {
            return ReportLength(field, SchemaKeywords.MinLength, text, length, "at least " + Invariant(field.MinLength.Value));
        }

        if (length > field.MaxLength)
        {
            return ReportLength(field, SchemaKeywords.MaxLength, text, length, "at most " + Invariant(field.MaxLength.Value));
        }

        return null;
    }

    private static RuleFinding? ReportLength(RuleField field, SchemaKeywords keyword, string text, int length, string limit)
        => Report(field, keyword, text, ("length", Invariant(length)), ("limit", limit));

    /// <summary>A pattern that cannot be evaluated (none stated, unreadable, too slow) reports nothing.</summary>
    private static RuleFinding? CheckPattern(RuleField field, string text)
    {
        if (field.MatchesPattern(text) != false)
        {
            return null;
        }

        return Report(field, SchemaKeywords.Pattern, text, ("pattern", field.Pattern!));
    }

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
        if (field.Minimum != null && field.Maximum != null && step != null)
        {
            var max = field.Maximum.Value;
            var s = step.Value;
            var first = Math.Ceiling(field.Minimum.Value / s) * s;
            if ((max - first) / s < 8)
            {
                var values = new List<string>();
                for (var v = first; v <= max; v += s)
                {
                    values.Add(Invariant(v));
                }

                return RuleMessage.JoinAlternatives(values);
            }
        }

        var builder = new StringBuilder();
        if (field.MultipleOf != null)
        {
            builder.Append("a multiple of ").Append(Invariant(field.MultipleOf.Value));
        }
        else
        {
            builder.Append(field.Type == SchemaType.Integer ? "a whole number" : "a number");
        }

        if (field.Minimum != null)
        {
            builder.Append(field.Maximum is null ? " of at least " : " from ").Append(Invariant(field.Minimum.Value));
        }

        if (field.Maximum != null)
        {
            builder.Append(field.Minimum is null ? " of at most " : " to ").Append(Invariant(field.Maximum.Value));
        }

        return builder.ToString();
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

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
