using System.Collections.Generic;
using System.Collections.Immutable;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Ids of the rules each fix can apply to, read from the generated contract: what the engine's remedies can be for
/// each rule's schema (a pinned value, a condition to change, an optional field to drop). Never a list of ids.
/// </summary>
internal static class FixableRules
{
    /// <summary>Rules whose then pins one value, and rules that forbid a pattern.</summary>
    public static ImmutableArray<string> ReplaceValue { get; } = Ids(rule => ContractSchema.Engine.PossibleRemedies(rule).Replace);

    /// <summary>Conditional rules that pin no single value: change the condition's field instead.</summary>
    public static ImmutableArray<string> ReplaceCondition { get; } = Ids(rule => ContractSchema.Engine.PossibleRemedies(rule).ReplaceCondition);

    /// <summary>Conditional rules about an optional field with no default.</summary>
    public static ImmutableArray<string> RemoveAssignment { get; } = Ids(rule => ContractSchema.Engine.PossibleRemedies(rule).Remove);

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
}
