using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>
/// Changes the value a rule's condition names to the first listed one that satisfies the rule (4k or a seed on a model
/// that lacks it: use the first model that has it); the analyzer names the value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceConditionCodeFixProvider))]
[Shared]
public sealed class ReplaceConditionCodeFixProvider : RemedyCodeFixProvider
{
    public ReplaceConditionCodeFixProvider()
        : base(VeoFixProperties.ReplaceCondition, VeoFixProperties.ReplaceConditionTitle, "Use", RemedyKinds.ReplaceCondition)
    {
    }

    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.ReplaceCondition;
}
