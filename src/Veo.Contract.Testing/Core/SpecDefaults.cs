using System;
using Veo.Contract.Rules;

namespace Veo.Contract.Testing.Core;

/// <summary>Field defaults from the spec, read from the generated rule table rather than written here again.</summary>
internal static class SpecDefaults
{
    public static string Action { get; } = Find("action");

    public static int DurationSeconds { get; } = int.Parse(Find("duration"), System.Globalization.CultureInfo.InvariantCulture);

    private static string Find(string wireName)
    {
        foreach (var rule in VeoRuleTable.Rules)
        {
            foreach (var field in rule.InputFields())
            {
                if (field.WireName == wireName && field.DefaultValue is not null)
                {
                    return field.DefaultValue;
                }
            }
        }

        throw new InvalidOperationException($"The spec's rule table names no default for '{wireName}'.");
    }
}
