using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Tests.Support;
using Xunit;

namespace Veo.Contract.Tests.Wire;

/// <summary>The JSON the client puts on the wire, compared with golden files modulo whitespace and key order.</summary>
public class RequestWireFormatTests
{
    private static async Task<(HttpRequestMessage Request, string Body)> SendAsync(CreateTaskRequest request)
    {
        var handler = new CapturingHandler(Golden.Read("vendor-example-response.json"));
        await CapturingHandler.Client(handler).CreateTaskAsync(request);
        var (sent, body) = Assert.Single(handler.Requests);
        return (sent, body!);
    }

    [Fact]
    public async Task Vendor_example_request_is_sent_as_the_vendor_page_shows_it()
    {
        var (request, body) = await SendAsync(new CreateTaskRequest
        {
            Model = VeoModels.Veo31,
            Action = VeoActions.Generate,
            Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
            AspectRatio = AspectRatio.Landscape16x9,
            Duration = 8,
            Resolution = Resolution.FullHd1080p,
        });

        Assert.Equal(JsonCanon.Of(Golden.Read("vendor-example-request.json")), JsonCanon.Of(body));
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://veo.test/v1/tasks", request.RequestUri!.ToString());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer test-key", request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Unset_optional_fields_are_not_sent_at_all()
    {
        var (_, body) = await SendAsync(new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "A paper boat on a puddle" });

        Assert.Equal(JsonCanon.Of(Golden.Read("minimal-request.json")), JsonCanon.Of(body));
        Assert.DoesNotContain("null", body);
    }

    [Fact]
    public async Task Every_field_and_pass_through_extras_reach_the_wire()
    {
        var extra = new GenerationExtra { PersonGeneration = PersonGenerationSettings.DontAllow };
        extra.AdditionalProperties["enhancePrompt"] = true;
        var (_, body) = await SendAsync(new CreateTaskRequest
        {
            Model = VeoModels.Veo31Fast,
            Action = VeoActions.Generate,
            Prompt = "Waves crashing on black sand, the sound of surf",
            AspectRatio = AspectRatio.Portrait9x16,
            Duration = 6,
            Resolution = Resolution.Hd720p,
            NegativePrompt = "people, boats",
            Seed = 4294967295,
            CallbackUrl = "https://example.com/hooks/veo?id=1&x=%20",
            Extra = extra,
        });

        Assert.Equal(JsonCanon.Of(Golden.Read("all-fields-request.json")), JsonCanon.Of(body));
    }

    [Theory]
    [InlineData(Resolution.Hd720p, "720p")]
    [InlineData(Resolution.FullHd1080p, "1080p")]
    [InlineData(Resolution.Uhd4k, "4k")]
    public async Task Resolution_members_are_written_as_their_wire_values(Resolution resolution, string wire)
    {
        var (_, body) = await SendAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "p", Resolution = resolution, Duration = 8 });

        Assert.Contains($"\"resolution\":\"{wire}\"", body);
        Assert.DoesNotContain("_", body.Split("\"resolution\":")[1].Split(',', '}')[0]);
    }

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, "16:9")]
    [InlineData(AspectRatio.Portrait9x16, "9:16")]
    public async Task Aspect_ratio_members_are_written_as_their_wire_values(AspectRatio ratio, string wire)
    {
        var (_, body) = await SendAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "p", AspectRatio = ratio });

        Assert.Contains($"\"aspect_ratio\":\"{wire}\"", body);
    }

    [Fact]
    public async Task Numbers_are_json_numbers_not_strings()
    {
        var (_, body) = await SendAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "p", Duration = 4, Seed = 7 });

        Assert.Contains("\"duration\":4", body);
        Assert.Contains("\"seed\":7", body);
        Assert.Equal(new[] { "duration", "model", "prompt", "seed" }, System.Text.Json.JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
