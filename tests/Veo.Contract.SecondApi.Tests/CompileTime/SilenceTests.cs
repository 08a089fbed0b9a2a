using System.Threading.Tasks;
using Veo.Contract.SecondApi.Tests.Support;
using Xunit;

namespace Veo.Contract.SecondApi.Tests.CompileTime;

/// <summary>What every listed model accepts, values known only at run time and unknown models get no diagnostic.</summary>
public sealed class SilenceTests
{
    [Theory]
    [InlineData("""Model = ImageModels.DallE2, Size = ImageSize.Square256, Quality = ImageQuality.Standard, N = 10, ResponseFormat = ResponseFormat.Base64Json""")]
    [InlineData("""Model = ImageModels.DallE3, Size = ImageSize.Portrait1024x1792, Quality = ImageQuality.Hd, N = 1, Style = ImageStyle.Natural""")]
    [InlineData("""Model = ImageModels.GptImage1, Size = ImageSize.Auto, Quality = ImageQuality.High, Background = ImageBackground.Transparent, OutputFormat = OutputFormat.Webp, OutputCompression = 70, Moderation = Moderation.Low""")]
    [InlineData("""Model = "gpt-image-1", Size = ImageSize.Landscape1536x1024, Quality = ImageQuality.Auto, N = 3""")]
    public Task Accepts_what_the_model_takes(string members)
        => ImageVerifier.AnalyzeAsync(ImageVerifier.Returning("Prompt = \"A fox\", " + members));

    [Theory]
    // The model, size, count or quality known only at run time: nothing is certain, so nothing is reported.
    [InlineData("""Model = template.Model, Size = ImageSize.Landscape1792x1024, N = 4, Quality = ImageQuality.Hd""")]
    [InlineData("""Model = ImageModels.DallE2, Size = template.Size""")]
    [InlineData("""Model = ImageModels.DallE3, N = template.N""")]
    [InlineData("""Model = flag ? ImageModels.DallE3 : template.Model, Quality = template.Quality""")]
    public Task Ignores_values_known_only_at_run_time(string members)
        => ImageVerifier.AnalyzeAsync(ImageVerifier.Returning("Prompt = \"A fox\", " + members));

    [Fact]
    public Task A_partial_request_gets_no_missing_field_finding()
        => ImageVerifier.AnalyzeAsync("""
            using Veo.Contract.SecondApi.Images;

            public class Sample
            {
                public void Build(System.Action<CreateImageRequest> send)
                {
                    var request = new CreateImageRequest { Size = ImageSize.Square1024 };
                    send(request);
                }
            }
            """);
}
