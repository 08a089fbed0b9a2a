using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.SecondApi.Tests.Support;
using Xunit;

namespace Veo.Contract.SecondApi.Tests.CompileTime;

/// <summary>
/// The second analyzer reports the image contract's rules on constants, with the spec's ids, on the offending value
/// (the condition's value as the additional location), and messages worked out from the schema.
/// </summary>
public sealed class ViolationsAtCompileTimeTests
{
    public static TheoryData<string> Cases => ViolationCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Reports_the_violation_on_the_offending_constant(string name)
    {
        var violation = ViolationCases.All[name];
        return ImageVerifier.AnalyzeAsync(ImageVerifier.Returning(violation.Members), violation.Expected());
    }

    [Fact]
    public Task Reports_a_missing_prompt_on_a_complete_request()
        => ImageVerifier.AnalyzeAsync("""
            using Veo.Contract.SecondApi.Images;

            public class Sample
            {
                public CreateImageRequest Build() => {|#0:new CreateImageRequest { Model = ImageModels.DallE3, Size = ImageSize.Square1024 }|};
            }
            """,
            new DiagnosticResult("IMG0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage("Prompt is required but not set; describe the image to generate."));

    [Fact]
    public Task Advises_naming_the_model_of_a_complete_request()
        => ImageVerifier.AnalyzeAsync("""
            using Veo.Contract.SecondApi.Images;

            public class Sample
            {
                public CreateImageRequest Build() => {|#0:new CreateImageRequest { Prompt = "A fox", Size = ImageSize.Landscape1792x1024 }|};
            }
            """,
            new DiagnosticResult("IMG0010", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Model is not set, so the service picks one from the other fields; name it so its limits are checked."));

    [Fact]
    public Task Reports_every_violation_of_one_request()
        => ImageVerifier.AnalyzeAsync(
            ImageVerifier.Returning("""Prompt = "A fox", Model = {|#1:ImageModels.DallE3|}, N = {|#0:2|}, Size = {|#2:ImageSize.Square256|}, Quality = {|#3:ImageQuality.Low|}, Background = {|#4:ImageBackground.Auto|}"""),
            new DiagnosticResult("IMG0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1),
            new DiagnosticResult("IMG0005", DiagnosticSeverity.Error).WithLocation(2).WithLocation(1),
            new DiagnosticResult("IMG0006", DiagnosticSeverity.Error).WithLocation(3).WithLocation(1),
            new DiagnosticResult("IMG0013", DiagnosticSeverity.Warning).WithLocation(4).WithLocation(1));
}
