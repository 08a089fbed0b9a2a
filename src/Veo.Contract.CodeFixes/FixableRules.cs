using System.Collections.Generic;
using System.Collections.Immutable;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Ids of the rules a fix can apply to, read from the generated contract: conditional rules (an if) get the engine's
/// remedies, rules that forbid a pattern get the value without what it matched. Never a list of ids.
/// </summary>
internal static class FixableRules
{
    /// <summary>Rules with an if: replace the blamed value, change the condition's value, or drop an optional field.</summary>
    public static ImmutableArray<string> Conditional { get; } = Ids(rule => rule.Schema.If is not null);

    /// <summary>Conditional rules and rules that forbid a pattern (a leading negation to cut).</summary>
    public static ImmutableArray<string> ReplaceValue { get; } = Ids(rule => rule.Schema.If is not null || ForbidsPattern(rule.Schema));

    private static ImmutableArray<string> Ids(System.Func<SchemaRule, bool> predicate)
    {
        var ids = new List<string>();
        foreach (var rule in ContractSchema.Rules)
        {
            if (predicate(rule) && !ids.Contains(rule.Id))
            {
                ids.Add(rule.Id);
            }
        }

        return ids.ToImmutableArray();
    }

    private static bool ForbidsPattern(SchemaNode node)
    {
        if (node.Not?.Pattern is not null)
        {
            return true;
        }

        foreach (var property in node.Properties)
        {
            if (ForbidsPattern(property.Schema))
            {
                return true;
            }
        }

        foreach (var part in node.AllOf)
        {
            if (ForbidsPattern(part))
            {
                return true;
            }
        }

        return false;
    }
}
