using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Fixes;

/// <summary>Each fix is offered for exactly the rules whose schema allows that remedy, read from the contract, never from a list of ids.</summary>
public sealed class FixableRulesTests
{
    [Fact]
    public void Replacing_the_value_fixes_the_duration_and_the_negation()
        => Assert.Equal(new[] { "VEO0003", "VEO0010" }, new ReplaceValueCodeFixProvider().FixableDiagnosticIds);

    [Fact]
    public void Switching_the_model_fixes_4k_and_the_seed()
        => Assert.Equal(new[] { "VEO0004", "VEO0005" }, new ReplaceConditionCodeFixProvider().FixableDiagnosticIds);

    [Fact]
    public void Removing_the_assignment_fixes_only_the_seed()
        => Assert.Equal(new[] { "VEO0005" }, new RemoveAssignmentCodeFixProvider().FixableDiagnosticIds);
}
