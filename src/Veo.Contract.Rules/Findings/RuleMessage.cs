using System.Collections.Generic;
using System.Text;

namespace Veo.Contract.Rules;

/// <summary>
/// Fills a rule's message template. {Field} and {IfField} become property or wire names; every other {name} comes
/// from the finding's arguments. An unknown placeholder is left as written so it shows up in review.
/// </summary>
internal static class RuleMessage
{
    public static string Format(RuleFinding finding, RuleNaming naming)
    {
        var template = finding.Rule.MessageTemplate;
        var builder = new StringBuilder(template.Length + 32);
        var index = 0;
        var open = template.IndexOf('{');
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close == -1)
            {
                break; // an unclosed brace: the rest is plain text
            }

            builder.Append(template, index, open - index);
            var name = template.Substring(open + 1, close - open - 1);
            builder.Append(Resolve(finding, name, naming) ?? template.Substring(open, close - open + 1));
            index = close + 1;
            open = template.IndexOf('{', index);
        }

        return builder.Append(template, index, template.Length - index).ToString();
    }

    /// <summary>Joins values for a message: "4, 6 or 8".</summary>
    public static string JoinAlternatives(IReadOnlyList<string> values)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == values.Count - 1 ? " or " : ", ");
            }

            builder.Append(values[i]);
        }

        return builder.ToString();
    }

    private static string? Resolve(RuleFinding finding, string name, RuleNaming naming)
    {
        switch (name)
        {
            case "Field":
                return finding.Field?.DisplayName(naming) ?? "The request";
            case "IfField":
                return finding.Trigger?.DisplayName(naming);
            default:
                return finding.Arguments.TryGetValue(name, out var value) ? value : null;
        }
    }
}
