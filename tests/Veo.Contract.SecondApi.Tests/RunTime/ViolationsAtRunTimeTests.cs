using System.Linq;
using Veo.Contract.SecondApi.Images;
using Veo.Contract.SecondApi.Tests.Support;
using Xunit;

namespace Veo.Contract.SecondApi.Tests.RunTime;

/// <summary>Validate() on the image client reports what the second analyzer reports at compile time: same id, field and message.</summary>
public sealed class ViolationsAtRunTimeTests
{
    public static TheoryData<string> Cases => ViolationCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_the_same_violation(string name)
    {
        var expected = ViolationCases.All[name];

        var violation = Assert.Single(expected.Build().Validate());

        Assert.Equal(expected.Id, violation.Id);
        Assert.Equal(expected.Field, violation.Field);
        Assert.Equal(expected.Message, violation.Message);
        Assert.Equal(expected.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error, violation.IsError);
    }

    [Fact]
    public void A_missing_prompt_and_model_are_an_error_and_a_warning()
    {
        var violations = new CreateImageRequest { Size = ImageSize.Square1024 }.Validate();

        Assert.Equal(new[] { ("IMG0001", true, "prompt"), ("IMG0010", false, "model") }, violations.Select(v => (v.Id, v.IsError, v.Field)));
    }

    [Fact]
    public void An_unset_output_format_is_png_for_the_compression_advice_and_jpeg_is_not()
    {
        var png = new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, OutputCompression = 60 }.Validate();
        var jpeg = new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, OutputCompression = 60, OutputFormat = OutputFormat.Jpeg }.Validate();

        Assert.Equal("IMG0014", Assert.Single(png).Id);
        Assert.Empty(jpeg);
    }

    [Fact]
    public void A_prompt_no_model_reads_names_the_limit_of_the_model_asked_for()
    {
        var violation = Assert.Single(new CreateImageRequest { Prompt = new string('p', 32001), Model = ImageModels.GptImage1 }.Validate());

        Assert.Equal("Prompt has 32001 characters; model 'gpt-image-1' reads at most 32000.", violation.Message);
    }

    [Theory]
    [InlineData("dall-e-2", ImageSize.Square1024, ImageQuality.Standard, 10)]
    [InlineData("dall-e-3", ImageSize.Landscape1792x1024, ImageQuality.Hd, 1)]
    [InlineData("gpt-image-1", ImageSize.Auto, ImageQuality.Medium, 5)]
    public void Accepts_what_the_model_takes(string model, ImageSize size, ImageQuality quality, int n)
    {
        var request = new CreateImageRequest { Prompt = "A fox", Model = model, Size = size, Quality = quality, N = n };

        Assert.Empty(request.Validate());
    }

    [Fact]
    public void Sends_the_enum_members_nswag_named_by_their_wire_values()
    {
        // ImageStyle has no x-enumNames in the spec: its members are NSwag's, and the contract table must know them.
        var request = new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE3, Style = ImageStyle.Natural, Size = ImageSize.Portrait1024x1792 };

        Assert.Empty(request.Validate());
        Assert.Equal("""{"prompt":"A fox","model":"dall-e-3","size":"1024x1792","style":"natural"}""", request.ToJson());
    }
}
