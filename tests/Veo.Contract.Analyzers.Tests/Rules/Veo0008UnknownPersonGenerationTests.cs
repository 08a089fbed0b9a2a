using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0008UnknownPersonGenerationTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0008", DiagnosticSeverity.Warning, "Extra.PersonGeneration", "string", "\"allow_kids\"", "\"dont_allow\"", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_an_unknown_setting(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_known_setting(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_setting_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("Extra.PersonGeneration 'allow_kids' is not a known setting; use one of allow_all, allow_adult or dont_allow."));

    [Fact]
    public Task Reads_a_nested_member_initializer()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Extra = { PersonGeneration = {|#0:"allow_kids"|} } };
            }
            """,
            Scenario.Expected());

    [Fact]
    public Task Forgets_the_setting_when_extra_is_replaced_by_a_run_time_value()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build(GenerationExtra extra)
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Extra = new GenerationExtra { PersonGeneration = "allow_kids" } };
                    r.Extra = extra;
                    return r;
                }
            }
            """);
}
