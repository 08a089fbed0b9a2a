using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0003HighResolutionDurationTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0003", DiagnosticSeverity.Error, "Duration", "int", "6", "8",
        Context.Veo31, Context.Prompt, ("Resolution", "{|#1:Resolution.FullHd1080p|}"));

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_short_duration_with_1080p(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_8_seconds_with_1080p(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_short_duration_with_720p(RequestForm form)
        => Scenario.WithContext(Context.Veo31, Context.Prompt, ("Resolution", "Resolution.Hd720p")).VerifyCleanAsync(form, "6");

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_duration_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_resolution_by_its_wire_value_and_the_duration()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "6", marked: true),
            Scenario.Expected().WithArguments("Resolution '1080p' requires Duration 8, but Duration is 6."));

    [Fact]
    public Task Ignores_a_high_resolution_without_a_duration_the_service_defaults_to_8()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.Uhd4k, Duration = null };
            }
            """);

    [Fact]
    public Task Sets_the_duration_to_8_one_by_one_and_with_fix_all()
        => VeoVerifier.FixAsync<ReplaceValueCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Hd() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#1:Resolution.FullHd1080p|}, Duration = {|#0:6|} };

                public CreateTaskRequest Uhd()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Snow", Resolution = {|#3:Resolution.Uhd4k|} };
                    r.Duration = {|#2:4|};
                    return r;
                }
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Hd() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = 8 };

                public CreateTaskRequest Uhd()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Snow", Resolution = Resolution.Uhd4k };
                    r.Duration = 8;
                    return r;
                }
            }
            """,
            new DiagnosticResult("VEO0003", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1),
            new DiagnosticResult("VEO0003", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3));
}
