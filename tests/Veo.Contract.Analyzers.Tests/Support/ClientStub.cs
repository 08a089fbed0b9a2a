namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>Source of the stand-in client for <see cref="ClientKind.StubWithHelpers"/>: same names, enums and wire attributes.</summary>
public static class ClientStub
{
    public const string Source = """
        #nullable enable
        using System.Runtime.Serialization;

        namespace Veo.Contract
        {
            public partial record CreateTaskRequest
            {
                public CreateTaskRequest() { }

                public CreateTaskRequest(string prompt, string model)
                {
                    Prompt = prompt;
                    Model = model;
                }

                public string Model { get; set; } = "";
                public string? Action { get; set; }
                public string Prompt { get; set; } = "";
                public AspectRatio? AspectRatio { get; set; }
                public int? Duration { get; set; }
                public Resolution? Resolution { get; set; }
                public string? NegativePrompt { get; set; }
                public long? Seed { get; set; }
                public string? CallbackUrl { get; set; }
                public GenerationExtra? Extra { get; set; }
            }

            public enum AspectRatio
            {
                [EnumMember(Value = "16:9")] Landscape16x9 = 0,
                [EnumMember(Value = "9:16")] Portrait9x16 = 1,
            }

            public enum Resolution
            {
                [EnumMember(Value = "720p")] Hd720p = 0,
                [EnumMember(Value = "1080p")] FullHd1080p = 1,
                [EnumMember(Value = "4k")] Uhd4k = 2,
            }

            public class GenerationExtra
            {
                public string? PersonGeneration { get; set; }
            }

            public static class VeoRequests
            {
                public static CreateTaskRequest Create(
                    string prompt,
                    string? model = null,
                    string? action = null,
                    AspectRatio? aspectRatio = null,
                    int? duration = null,
                    Resolution? resolution = null,
                    string? negativePrompt = null,
                    long? seed = null,
                    string? callbackUrl = null,
                    string? personGeneration = null)
                    => new CreateTaskRequest(prompt, model ?? "veo-3.1");
            }
        }
        """;

    /// <summary>The helper's parameters in declaration order, for positional calls.</summary>
    public static readonly string[] HelperParameters =
    {
        "prompt", "model", "action", "aspectRatio", "duration", "resolution", "negativePrompt", "seed", "callbackUrl", "personGeneration",
    };
}
