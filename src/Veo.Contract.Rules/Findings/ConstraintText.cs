using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Veo.Contract.Rules;

/// <summary>Says in words what a keyword allows, for messages about fields the spec names no values for: "a whole number from 0 to 4294967295", "at most 10000".</summary>
internal static class ConstraintText
{
    public static string Describe(SchemaNode? node, SchemaKeyword keyword, ContractField? field)
    {
        if (node is null)
        {
            return string.Empty;
        }

        return keyword switch
        {
            SchemaKeyword.MinLength or SchemaKeyword.MaxLength => Lengths(node),
            SchemaKeyword.Enum => Values(node.Enum),
            _ => Range(node, field?.Type ?? SchemaType.Number),
        };
    }

    public static string Values(IReadOnlyList<FactValue>? values)
    {
        var texts = new List<string>();
        if (values is not null)
        {
            foreach (var value in values)
            {
                texts.Add(value.Text ?? string.Empty);
            }
        }

        return RuleMessage.JoinAlternatives(texts);
    }

    /// <summary>"at most 10000", "at least 1", "from 1 to 64" characters.</summary>
    public static string Lengths(SchemaNode node)
    {
        if (node.MinLength is { } min && node.MaxLength is { } max)
        {
            return "from " + Invariant(min) + " to " + Invariant(max);
        }

        return node.MaxLength is { } most ? "at most " + Invariant(most) : "at least " + Invariant(node.MinLength ?? 0);
    }

    private static string Range(SchemaNode node, SchemaType type)
    {
        var builder = new StringBuilder();
        if (node.MultipleOf is { } step)
        {
            builder.Append("a multiple of ").Append(Invariant(step));
        }
        else
        {
            builder.Append(type == SchemaType.Integer ? "a whole number" : "a number");
        }

        var low = node.Minimum ?? node.ExclusiveMinimum;
        var high = node.Maximum ?? node.ExclusiveMaximum;
        var lowWord = node.Minimum is null && low is not null ? "above " : null;
        var highWord = node.Maximum is null && high is not null ? "below " : null;
        if (low is { } l && high is { } h)
        {
            builder.Append(' ').Append(lowWord ?? "from ").Append(Invariant(l)).Append(highWord is null ? " to " : " and ").Append(highWord ?? string.Empty).Append(Invariant(h));
        }
        else if (low is { } onlyLow)
        {
            builder.Append(' ').Append(lowWord ?? "of at least ").Append(Invariant(onlyLow));
        }
        else if (high is { } onlyHigh)
        {
            builder.Append(' ').Append(highWord ?? "of at most ").Append(Invariant(onlyHigh));
        }

        return builder.ToString();
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
