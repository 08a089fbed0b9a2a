using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>Writes the one value the rule allows over the offending one (a duration of 8 where the resolution needs it; "cars" for "no cars").</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider))]
[Shared]
public sealed class ReplaceValueCodeFixProvider : RemedyCodeFixProvider
{
    public ReplaceValueCodeFixProvider()
        : base(VeoFixProperties.ReplaceValue, VeoFixProperties.ReplaceTitle, "Use", RemedyKinds.Replace)
    {
    }

    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.ReplaceValue;
}
