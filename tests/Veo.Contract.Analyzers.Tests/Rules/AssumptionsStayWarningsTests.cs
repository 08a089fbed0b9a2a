using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

/// <summary>
/// Nothing the vendor's page states makes these values wrong: an action or model id the spec does not list is a
/// warning (VEO0012, VEO0001), never a build error, and text with characters nobody forbade is no finding at all.
/// </summary>
public sealed class AssumptionsStayWarningsTests
{
    [Theory]
    [InlineData("\"extend-video\"", "'extend-video' is not a known action")]
    [InlineData("nameof(VeoActions.Generate)", "'Generate' is not a known action (did you mean 'generate'?)")]
    [InlineData("\"Generate!\"", "'Generate!' is not a known action (did you mean 'generate'?)")]
    public Task An_action_the_spec_does_not_list_is_only_the_unknown_action_warning(string value, string problem)
        => VeoVerifier.AnalyzeAsync(
            new RuleScenario("VEO0012", DiagnosticSeverity.Warning, "Action", "string", value, "\"generate\"", Context.Veo31, Context.Prompt)
                .Source(RequestForm.ObjectInitializer, value, marked: true),
            new RuleScenario("VEO0012", DiagnosticSeverity.Warning, "Action", "string", value, "\"generate\"", Context.Veo31, Context.Prompt)
                .Expected().WithArguments($"Action {problem}; use one of generate."));

    [Fact]
    public Task A_model_id_with_a_space_is_only_the_unknown_model_warning()
        => new RuleScenario("VEO0001", DiagnosticSeverity.Warning, "Model", "string", "\"veo 3.1\"", "\"veo-3.1\"", Context.Prompt)
            .VerifyReportedAsync(RequestForm.ObjectInitializer);

    [Fact]
    public Task An_empty_model_id_is_only_the_unknown_model_warning()
        => new RuleScenario("VEO0001", DiagnosticSeverity.Warning, "Model", "string", "\"\"", "\"veo-3.1\"", Context.Prompt)
            .VerifyReportedAsync(RequestForm.ObjectInitializer);

    [Fact]
    public Task A_control_character_in_a_negative_prompt_is_no_finding()
        => new RuleScenario("VEO0010", DiagnosticSeverity.Info, "NegativePrompt", "string", "\"no cars\"", "\"blur\\0text\"", Context.Veo31, Context.Prompt)
            .VerifyCleanAsync(RequestForm.ObjectInitializer);
}
