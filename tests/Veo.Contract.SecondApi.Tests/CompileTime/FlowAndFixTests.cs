using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Veo.Contract.CodeFixes;
using Veo.Contract.SecondApi.Tests.Support;
using Xunit;

namespace Veo.Contract.SecondApi.Tests.CompileTime;

/// <summary>The analyzer core's flow reach and the code fixes, unchanged, on the image contract.</summary>
public sealed class FlowAndFixTests
{
    [Fact]
    public Task Follows_a_local_and_a_later_assignment()
        => ImageVerifier.AnalyzeAsync("""
            using Veo.Contract.SecondApi.Images;

            public class Sample
            {
                public CreateImageRequest Build()
                {
                    var size = ImageSize.Landscape1792x1024;
                    var request = new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE2, Size = size };
                    request.N = {|#2:4|};
                    request.Model = {|#3:ImageModels.DallE3|};
                    return request;
                }
            }
            """,
            // The later model wins: dall-e-3 renders 1792x1024 but makes one image at a time.
            new DiagnosticResult("IMG0004", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3));

    [Fact]
    public Task Reports_a_constant_a_private_helper_receives_at_the_call()
        => ImageVerifier.AnalyzeAsync("""
            using Veo.Contract.SecondApi.Images;

            public class Sample
            {
                public CreateImageRequest Poster() => Make({|#0:ImageSize.Square512|});

                private static CreateImageRequest Make(ImageSize size) => new CreateImageRequest { Prompt = "A fox", Model = {|#1:ImageModels.DallE3|}, Size = size };
            }
            """,
            new DiagnosticResult("IMG0005", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1)
                .WithMessage("Size '512x512' is not supported by model 'dall-e-3'; use 1024x1024, 1792x1024 or 1024x1792, or model dall-e-2."));

    [Fact]
    public Task Sets_the_one_count_dall_e_3_makes()
        => ImageVerifier.FixAsync<ReplaceValueCodeFixProvider>(
            ImageVerifier.Returning("""Prompt = "A fox", Model = {|#1:ImageModels.DallE3|}, N = {|#0:4|}"""),
            ImageVerifier.Returning("""Prompt = "A fox", Model = ImageModels.DallE3, N = 1"""),
            new DiagnosticResult("IMG0004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Switches_to_the_model_that_renders_the_size_by_its_named_constant()
        => ImageVerifier.FixAsync<ReplaceConditionCodeFixProvider>(
            ImageVerifier.Returning("""Prompt = "A fox", Model = {|#1:"dall-e-2"|}, Size = {|#0:ImageSize.Portrait1024x1536|}"""),
            ImageVerifier.Returning("""Prompt = "A fox", Model = ImageModels.GptImage1, Size = ImageSize.Portrait1024x1536"""),
            new DiagnosticResult("IMG0005", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Switches_a_transparent_background_to_an_opaque_one_for_jpeg()
        => ImageVerifier.FixAsync<ReplaceConditionCodeFixProvider>(
            ImageVerifier.Returning("""Prompt = "A fox", Model = ImageModels.GptImage1, Background = {|#1:ImageBackground.Transparent|}, OutputFormat = {|#0:OutputFormat.Jpeg|}"""),
            ImageVerifier.Returning("""Prompt = "A fox", Model = ImageModels.GptImage1, Background = ImageBackground.Opaque, OutputFormat = OutputFormat.Jpeg"""),
            new DiagnosticResult("IMG0008", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));
}
