using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0014NumberRangeTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0014", DiagnosticSeverity.Error, "Seed", "long", "-1", "42", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_seed_below_its_minimum(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_seed_in_range(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_seed_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Theory]
    [InlineData("0")]
    [InlineData("4294967295")]
    public Task Accepts_the_bounds(string seed) => Scenario.VerifyCleanAsync(RequestForm.ObjectInitializer, seed);

    [Fact]
    public Task Names_the_field_the_value_and_the_range()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "4294967296", marked: true),
            Scenario.Expected().WithArguments("Seed 4294967296 is out of range; use a whole number from 0 to 4294967295."));
}
