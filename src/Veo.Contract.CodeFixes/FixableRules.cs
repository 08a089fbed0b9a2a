using System.Collections.Generic;
using System.Collections.Immutable;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>Ids of the rules each fix applies to, chosen by rule kind from the generated rule table.</summary>
internal static class FixableRules
{
    /// <summary>Requires-rules with one allowed value (duration 8) and negations to drop.</summary>
    public static ImmutableArray<string> ReplaceValue { get; } = Ids(rule =>
        (rule.Kind == RuleKind.Requires && rule.Values.Count == 1) || rule.Kind == RuleKind.NotNegation);

    /// <summary>Values a model does not support: another model does.</summary>
    public static ImmutableArray<string> SwitchModel { get; } = Ids(rule => rule.Kind == RuleKind.ModelCapability);

    /// <summary>Optional settings without a default that the model does not support (the seed).</summary>
    public static ImmutableArray<string> RemoveAssignment { get; } = Ids(rule =>
        rule.Kind == RuleKind.ModelCapability && rule.Field is { DefaultValue: null });

    private static ImmutableArray<string> Ids(System.Func<RuleDefinition, bool> predicate)
    {
        var ids = new List<string>();
        foreach (var rule in VeoRuleTable.Rules)
        {
            if (predicate(rule))
            {
                ids.Add(rule.Id);
            }
        }

        return ids.ToImmutableArray();
    }
}
