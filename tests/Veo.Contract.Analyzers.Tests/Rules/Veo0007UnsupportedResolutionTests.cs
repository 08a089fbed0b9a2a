using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0007UnsupportedResolutionTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0007", DiagnosticSeverity.Error, "Resolution", "Resolution", "(Resolution)3", "Resolution.Hd720p", Context.Veo31, Context.Prompt, ("Duration", "8"));

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_resolution_value_without_a_member(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_member(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_resolution_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("Resolution '3' is not supported; use one of 720p, 1080p or 4k."));

    [Fact]
    public Task Reads_an_enum_const_field_through_its_member()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                private const Resolution Broken = (Resolution)7;
                private const Resolution Fine = Resolution.Uhd4k;

                public CreateTaskRequest Bad() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#0:Broken|}, Duration = 8 };

                public CreateTaskRequest Good() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Fine, Duration = 8 };
            }
            """,
            Scenario.Expected());
}
