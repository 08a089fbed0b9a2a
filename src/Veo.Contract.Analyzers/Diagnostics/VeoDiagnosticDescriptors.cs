using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Veo.Contract.Rules;

namespace Veo.Contract.Analyzers;

/// <summary>
/// One descriptor per rule id of the generated contract: id, title and severity come from the spec's x-rule
/// annotations, so a new rule in the spec becomes a new diagnostic without touching this file.
/// </summary>
internal static class VeoDiagnosticDescriptors
{
    public const string Category = "Usage";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateAll();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

    public static DiagnosticDescriptor For(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> CreateAll()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var rule in ContractSchema.Rules)
        {
            if (!descriptors.ContainsKey(rule.Id))
            {
                descriptors[rule.Id] = Create(rule);
            }
        }

        return descriptors;
    }

    // The message is the rule engine's formatted finding (field, value and fix), so the format is a single argument.
    // The id is not a literal on purpose: it comes from the spec. The release files list the ids for people and a test.
    private static DiagnosticDescriptor Create(SchemaRule rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        Category,
        ToSeverity(rule.Severity),
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: ContractSchema.HelpLinkFormat?.Replace("{id}", rule.Id));

    private static DiagnosticSeverity ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
