using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0002UnsupportedDurationTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0002", DiagnosticSeverity.Error, "Duration", "int", "5", "6", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_constant_duration_the_service_rejects(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_supported_duration(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_duration_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_allowed_durations()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "5", marked: true),
            Scenario.Expected().WithArguments("Duration 5 is not supported; use one of 4, 6 or 8 seconds."));

    [Fact]
    public Task Reports_only_the_last_value_assigned_in_the_block()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Duration = 5 };
                    r.Duration = 8;
                    var s = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Snow", Duration = 8 };
                    s.Duration = {|#0:7|};
                    return r;
                }
            }
            """,
            Scenario.Expected());

    [Fact]
    public Task Treats_a_value_changed_in_a_nested_statement_as_unknown()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build(bool longer)
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Duration = 5 };
                    if (longer)
                    {
                        r.Duration++;
                    }

                    return r;
                }
            }
            """);

    [Fact]
    public Task Stops_following_a_local_once_it_holds_another_request()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build(CreateTaskRequest other)
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain" };
                    r = other;
                    r.Duration = 5;
                    return r;
                }
            }
            """);
}
