using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0015TextLengthTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0015", DiagnosticSeverity.Error, "Model", "string", Quoted(257), "\"veo-3.1\"", Context.Prompt);

    private static readonly RuleScenario LongPrompt = new(
        "VEO0015", DiagnosticSeverity.Error, "Prompt", "string", Quoted(10_001), Quoted(10_000), Context.Veo31);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_model_id_over_our_bound(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_a_model_id_of_allowed_length(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_model_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_a_prompt_of_10001_characters() => LongPrompt.VerifyReportedAsync(RequestForm.ObjectInitializer);

    [Fact]
    public Task Accepts_a_prompt_of_10000_characters() => LongPrompt.VerifyCleanAsync(RequestForm.ObjectInitializer);

    [Fact]
    public Task Names_the_field_the_length_and_the_limit()
        => VeoVerifier.AnalyzeAsync(
            LongPrompt.Source(RequestForm.ObjectInitializer, LongPrompt.Bad, marked: true),
            LongPrompt.Expected().WithArguments("Prompt has 10001 characters; Veo.Contract sends at most 10000 (a bound of ours: the vendor states none)."));

    [Fact]
    public Task Counts_a_surrogate_pair_as_one_character()
        => VeoVerifier.AnalyzeAsync(LongPrompt.Source(RequestForm.ObjectInitializer, "\"" + string.Concat(System.Linq.Enumerable.Repeat("\\uD83C\\uDF0A", 10_000)) + "\"", marked: false));

    private static string Quoted(int length) => "\"" + new string('a', length) + "\"";
}
