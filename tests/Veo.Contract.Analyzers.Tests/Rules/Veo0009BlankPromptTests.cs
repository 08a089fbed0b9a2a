using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0009BlankPromptTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0009", DiagnosticSeverity.Error, "Prompt", "string", "\"   \"", "\"A paper boat\"", Context.Veo31);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_blank_prompt(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_prompt_with_text(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_prompt_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("Prompt is missing, empty or whitespace; describe the video to generate."));

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"\\t\\n\"")]
    public Task Reports_a_null_or_empty_prompt(string value)
        => VeoVerifier.AnalyzeAsync(Scenario.Source(RequestForm.ObjectInitializer, value, marked: true), Scenario.Expected());

    [Fact]
    public Task Reports_a_returned_request_that_never_sets_the_prompt()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => {|#0:new CreateTaskRequest { Model = "veo-3.1" }|};
            }
            """,
            Scenario.Expected().WithArguments("Prompt is missing, empty or whitespace; describe the video to generate."));

    [Fact]
    public Task Ignores_a_request_without_a_prompt_handed_to_unknown_code()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public void Build() => Fill(new CreateTaskRequest { Model = "veo-3.1" });

                private static void Fill(CreateTaskRequest request) => request.Prompt = "Rain";
            }
            """);
}
