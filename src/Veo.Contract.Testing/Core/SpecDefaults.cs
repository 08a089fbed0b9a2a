using System;
using System.Globalization;
using Veo.Contract.Rules;

namespace Veo.Contract.Testing.Core;

/// <summary>Field defaults from the spec, read from the generated request-schema table rather than written here again.</summary>
internal static class SpecDefaults
{
    public static string Action { get; } = Default(VeoRequestSchema.Action);

    public static int DurationSeconds { get; } = int.Parse(Default(VeoRequestSchema.Duration), CultureInfo.InvariantCulture);

    private static string Default(RuleField field)
        => field.DefaultValue ?? throw new InvalidOperationException($"The spec states no default for '{field.WireName}'.");
}
