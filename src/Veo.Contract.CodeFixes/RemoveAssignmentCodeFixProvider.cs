using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers;
using Veo.Contract.Rules;

namespace Veo.Contract.CodeFixes;

/// <summary>Drops an optional field with no default that a conditional rule forbids (a seed the model lacks), from an initializer or as a statement.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAssignmentCodeFixProvider))]
[Shared]
public sealed class RemoveAssignmentCodeFixProvider : RemedyCodeFixProvider
{
    public RemoveAssignmentCodeFixProvider()
        : base(VeoFixProperties.RemoveAssignment, VeoFixProperties.RemoveTitle, "Remove", RemedyKinds.Remove)
    {
    }

    public override ImmutableArray<string> FixableDiagnosticIds => FixableRules.RemoveAssignment;
}
