using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0016PatternTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0016", DiagnosticSeverity.Error, "Action", "string", "\"Generate!\"", "\"generate\"", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_an_action_that_breaks_its_pattern(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_an_action_that_matches(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_an_action_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Names_the_field_the_value_and_the_pattern()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("Action 'Generate!' does not match the pattern ^[a-z_]+$."));

    [Theory]
    [InlineData("Model", "\"veo 3.1; DROP\"")]
    [InlineData("NegativePrompt", "\"blur\\0text\"")]
    public Task Reports_other_fields_patterns(string property, string value)
        => new RuleScenario("VEO0016", DiagnosticSeverity.Error, property, "string", value, "\"x\"", property == "Model" ? new[] { Context.Prompt } : new[] { Context.Veo31, Context.Prompt })
            .VerifyReportedAsync(RequestForm.ObjectInitializer);

    [Fact]
    public Task Reports_only_the_pattern_not_also_an_unknown_action()
        => VeoVerifier.AnalyzeAsync(Scenario.Source(RequestForm.ObjectInitializer, "\"Extend\"", marked: true), Scenario.Expected());
}
