using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0006UnsupportedAspectRatioTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0006", DiagnosticSeverity.Error, "AspectRatio", "AspectRatio", "(AspectRatio)2", "AspectRatio.Portrait9x16", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_an_aspect_ratio_value_without_a_member(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_each_member(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_an_aspect_ratio_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("AspectRatio '2' is not supported; use one of 16:9 or 9:16."));

    [Fact]
    public Task Accepts_the_default_member()
        => Scenario.VerifyCleanAsync(RequestForm.ObjectInitializer, "AspectRatio.Landscape16x9");
}
