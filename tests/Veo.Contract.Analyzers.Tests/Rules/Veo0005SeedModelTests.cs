using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.CodeFixes;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0005SeedModelTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0005", DiagnosticSeverity.Warning, "Seed", "long", "42", "null",
        ("Model", "{|#1:\"veo-3.0\"|}"), Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_seed_on_a_model_without_seeds(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_seed_on_veo_3_1(RequestForm form)
        => Scenario.WithContext(Context.Veo31, Context.Prompt).VerifyCleanAsync(form, "42");

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_seed_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Accepts_no_seed()
        => Scenario.VerifyCleanAsync(RequestForm.ObjectInitializer, "null");

    [Fact]
    public Task Follows_later_assignments_in_top_level_statements()
        => VeoVerifier.AnalyzeProgramAsync("""
            using Veo.Contract;

            var request = new CreateTaskRequest { Model = {|#1:"veo-3.0"|}, Prompt = "Waves" };
            request.Seed = {|#0:42|};
            System.Console.WriteLine(request.Seed);
            """,
            Scenario.Expected());

    [Fact]
    public Task Names_the_models_that_support_seeds()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, "42", marked: true),
            Scenario.Expected().WithArguments("Seed is only supported by veo-3.1 or veo-3.1-fast; model 'veo-3.0' ignores or rejects it."));

    [Fact]
    public Task Switches_to_the_named_veo_3_1_constant_one_by_one_and_fix_all_drops_the_seeds()
        => VeoVerifier.FixAsync<ReplaceConditionCodeFixProvider>(Before, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Waves() => new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Waves", Seed = 42 };

                public CreateTaskRequest Rocks()
                {
                    var r = new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Rocks" };
                    r.Seed = 7;
                    return r;
                }
            }
            """,
            // Fix All applies the preferred fix, whichever fix it starts from: a seed alone is dropped, the model kept.
            RemovedSeeds,
            ExpectedBefore());

    private const string RemovedSeeds = """
        using Veo.Contract;

        public class Sample
        {
            public CreateTaskRequest Waves() => new CreateTaskRequest { Model = "veo-3.0", Prompt = "Waves" };

            public CreateTaskRequest Rocks()
            {
                var r = new CreateTaskRequest { Model = "veo-3.0", Prompt = "Rocks" };
                return r;
            }
        }
        """;

    [Fact]
    public Task Removes_the_seed_one_by_one_and_with_fix_all()
        => VeoVerifier.FixAsync<RemoveAssignmentCodeFixProvider>(Before, RemovedSeeds, ExpectedBefore());

    [Fact]
    public Task Removes_the_seed_from_a_multi_line_initializer()
        => VeoVerifier.FixAsync<RemoveAssignmentCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Waves() => new CreateTaskRequest
                {
                    Model = {|#1:"veo-3.0"|},
                    Seed = {|#0:42|},
                    Prompt = "Waves",
                };
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Waves() => new CreateTaskRequest
                {
                    Model = "veo-3.0",
                    Prompt = "Waves",
                };
            }
            """,
            new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));

    private const string Before = """
        using Veo.Contract;

        public class Sample
        {
            public CreateTaskRequest Waves() => new CreateTaskRequest { Model = {|#1:"veo-3.0"|}, Prompt = "Waves", Seed = {|#0:42|} };

            public CreateTaskRequest Rocks()
            {
                var r = new CreateTaskRequest { Model = {|#3:"veo-3.0"|}, Prompt = "Rocks" };
                r.Seed = {|#2:7|};
                return r;
            }
        }
        """;

    private static DiagnosticResult[] ExpectedBefore() =>
    [
        new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
        new DiagnosticResult("VEO0005", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3),
    ];
}
