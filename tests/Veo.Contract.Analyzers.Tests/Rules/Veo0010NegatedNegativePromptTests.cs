using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0010NegatedNegativePromptTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0010", DiagnosticSeverity.Info, "NegativePrompt", "string", "\"no cars\"", "\"cars\"", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_negative_prompt_that_starts_with_a_negation(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_negative_prompt_that_names_what_to_avoid(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_negative_prompt_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("NegativePrompt 'no cars' starts with 'no'; describe what to avoid directly, without the negation."));

    [Theory]
    [InlineData("\"nothing blurry\"")]
    [InlineData("\"notes on paper\"")]
    [InlineData("\"cars, people\"")]
    public Task Accepts_words_that_only_begin_like_a_negation(string value)
        => Scenario.VerifyCleanAsync(RequestForm.ObjectInitializer, value);

    [Fact]
    public Task Drops_the_negation_one_by_one_and_with_fix_all()
        => VeoVerifier.FixAsync<Veo.Contract.CodeFixes.ReplaceValueCodeFixProvider>("""
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Street() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "A street", NegativePrompt = {|#0:"no cars"|} };

                public CreateTaskRequest Park()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "A park" };
                    r.NegativePrompt = {|#1:"Avoid people, dogs"|};
                    return r;
                }
            }
            """, """
            using Veo.Contract;

            public class Sample
            {
                public CreateTaskRequest Street() => new CreateTaskRequest { Model = "veo-3.1", Prompt = "A street", NegativePrompt = "cars" };

                public CreateTaskRequest Park()
                {
                    var r = new CreateTaskRequest { Model = "veo-3.1", Prompt = "A park" };
                    r.NegativePrompt = "people, dogs";
                    return r;
                }
            }
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("VEO0010", DiagnosticSeverity.Info).WithLocation(0),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("VEO0010", DiagnosticSeverity.Info).WithLocation(1));
}
