using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Rules;

public sealed class Veo0011RelativeCallbackUrlTests
{
    private static readonly RuleScenario Scenario = new(
        "VEO0011", DiagnosticSeverity.Warning, "CallbackUrl", "string", "\"/hooks/veo\"", "\"https://example.com/hooks/veo\"", Context.Veo31, Context.Prompt);

    public static TheoryData<RequestForm> Forms => Scenario.Forms();

    public static TheoryData<RequestForm> RuntimeForms => RuleScenario.RuntimeForms;

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Reports_a_relative_callback_url(RequestForm form) => Scenario.VerifyReportedAsync(form);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Accepts_an_absolute_https_url(RequestForm form) => Scenario.VerifyCleanAsync(form);

    [Theory]
    [MemberData(nameof(RuntimeForms))]
    public Task Ignores_a_url_known_only_at_run_time(RequestForm form) => Scenario.VerifyNonConstantIgnoredAsync(form);

    [Fact]
    public Task Reports_the_constant_branch_next_to_a_run_time_value() => Scenario.VerifyConstantBranchNextToRuntimeValueAsync();

    [Fact]
    public Task Names_the_field_the_value_and_the_fix()
        => VeoVerifier.AnalyzeAsync(
            Scenario.Source(RequestForm.ObjectInitializer, Scenario.Bad, marked: true),
            Scenario.Expected().WithArguments("CallbackUrl '/hooks/veo' is not an absolute http or https URL."));

    [Theory]
    [InlineData("\"ftp://example.com/hooks\"")]
    [InlineData("\"example.com/hooks\"")]
    public Task Reports_other_schemes_and_missing_schemes(string value)
        => VeoVerifier.AnalyzeAsync(Scenario.Source(RequestForm.ObjectInitializer, value, marked: true), Scenario.Expected());

    [Fact]
    public Task Accepts_plain_http()
        => Scenario.VerifyCleanAsync(RequestForm.ObjectInitializer, "\"http://127.0.0.1:8080/hooks\"");
}
