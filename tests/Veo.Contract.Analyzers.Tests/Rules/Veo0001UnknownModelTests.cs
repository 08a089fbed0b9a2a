using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0001UnknownModelTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0001", DiagnosticSeverity.Warning, "Model", "string", "\"veo-2\"", "\"veo-3.1-fast\"", Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_constant_model_id_the_spec_does_not_list(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_listed_model_id(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_model_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_value_and_the_known_ids()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "\"veo-2\"", marked: true),
            Scenario.Expected().WithArguments(
                "Model 'veo-2' is not a known model id; use one of veo-3.1, veo-3.1-fast or veo-3.0, or keep it if the service has added it."));

    [Fact]
    public Task Suggests_the_listed_id_a_typo_is_nearest_to()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "\"veo-3.1-fats\"", marked: true),
            Scenario.Expected().WithArguments(
                "Model 'veo-3.1-fats' is not a known model id (did you mean 'veo-3.1-fast'?); use one of veo-3.1, veo-3.1-fast or veo-3.0, or keep it if the service has added it."));

    [Fact]
    public Task Accepts_the_generated_model_constants()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "Rain" };
            }
            """);

    [Fact]
    public Task Reads_constructor_arguments_by_position()
        => VeoVerifier.AnalyzeAsync(ClientKind.StubWithHelpers, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest("Rain", {|#0:"veo-2"|});
            }
            """,
            Scenario.Expected());

    [Fact]
    public Task Ignores_a_request_type_of_another_namespace()
        => VeoVerifier.AnalyzeAsync("""
            namespace Other
            {
                public class CreateTaskRequest { public string Model { get; set; } = ""; }

                public class Sample
                {
                    public CreateTaskRequest Build() => new CreateTaskRequest { Model = "veo-2" };
                }
            }
            """);
}
