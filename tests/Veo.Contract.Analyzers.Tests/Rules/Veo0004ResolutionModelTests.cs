using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0004ResolutionModelTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0004", DiagnosticSeverity.Error, "Resolution", "Resolution", "Resolution.Uhd4k", "Resolution.FullHd1080p",
        ("Model", "{|#1:\"veo-3.0\"|}"), Context.Prompt, ("Duration", "8"));

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_4k_on_a_model_without_it(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_1080p_on_that_model(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_4k_on_veo_3_1(RequestForm form)
        => Scenario.WithContext(Context.Veo31, Context.Prompt, ("Duration", "8")).VerifyCleanAsync(form, "Resolution.Uhd4k");

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_resolution_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Ignores_4k_when_the_model_is_known_only_at_run_time()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build(string model) => new CreateTaskRequest { Model = model, Prompt = "Rain", Resolution = Resolution.Uhd4k, Duration = 8 };
            }
            """);

    [Fact]
    public Task Maps_the_enum_member_to_its_wire_value_in_the_message()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "Resolution.Uhd4k", marked: true),
            Scenario.Expected().WithArguments("Resolution '4k' is not supported by model 'veo-3.0'; use model veo-3.1 or veo-3.1-fast."));

    [Fact]
    public Task Reads_the_model_from_a_later_assignment()
        => VeoVerifier.AnalyzeAsync("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Build()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "Rain", Resolution = {|#0:Resolution.Uhd4k|}, Duration = 8 };
                    r.Model = {|#1:VeoModels.Veo30|};
                    return r;
                }
            }
            """,
            Scenario.Expected());

    [Fact]
    public Task Switches_to_the_named_veo_3_1_constant_one_by_one_and_with_fix_all()
        => VeoVerifier.FixAsync<ReplaceConditionCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                private const string OldModel = "veo-3.0";

                public CreateTaskRequest Night() => new CreateTaskRequest { Model = {|#1:"veo-3.0"|}, Prompt = "Night", Resolution = {|#0:Resolution.Uhd4k|}, Duration = 8 };

                public CreateTaskRequest Day() => new CreateTaskRequest { Model = {|#3:OldModel|}, Prompt = "Day", Resolution = {|#2:Resolution.Uhd4k|}, Duration = 8 };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                private const string OldModel = "veo-3.0";

                public CreateTaskRequest Night() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Night", Resolution = Resolution.Uhd4k, Duration = 8 };

                public CreateTaskRequest Day() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Day", Resolution = Resolution.Uhd4k, Duration = 8 };
            }
            """,
            new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1),
            new DiagnosticResult("VEO0004", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3));
}
