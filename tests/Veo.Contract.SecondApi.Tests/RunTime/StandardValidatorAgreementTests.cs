using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Veo.Contract.SecondApi.Images;
using Veo.Contract.SecondApi.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Veo.Contract.SecondApi.Tests.RunTime;

/// <summary>
/// A JSON Schema validator none of this repository's code wrote (JsonSchema.Net) accepts exactly the generated image
/// requests that Validate() finds no error in: the image spec's rules mean the same to both.
/// </summary>
public sealed class StandardValidatorAgreementTests(ITestOutputHelper output)
{
    private const int Requests = 600;

    private static readonly string?[] Models = [null, ImageModels.DallE2, ImageModels.DallE3, ImageModels.GptImage1, "dall-e-4"];

    private static readonly string[] Prompts = ["A fox", "A fox", "A fox", new('p', 1000), new('p', 1001), new('p', 4001), new('p', 32001)];

    private static readonly int[] Counts = [0, 1, 1, 2, 10, 11];

    private static readonly int[] Compressions = [-1, 0, 50, 100, 101];

    [Fact]
    public void JsonSchema_Net_accepts_what_Validate_finds_no_error_in()
    {
        var schema = ImageSpecSchema.CreateImageRequest();
        var random = new Random(22);
        int accepted = 0, rejected = 0;
        var disagreements = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var request = Generate(random);
            var json = request.ToJson();
            var standard = schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;
            var errors = request.Validate().Where(violation => violation.IsError).ToList();
            if (standard != (errors.Count == 0))
            {
                disagreements.Add($"{json}: JsonSchema.Net {(standard ? "accepts" : "rejects")}, Validate() {(errors.Count == 0 ? "finds no error" : string.Join("; ", errors))}");
            }

            if (standard)
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        output.WriteLine($"{Requests} requests: JsonSchema.Net accepts {accepted}, rejects {rejected}; {disagreements.Count} disagreements with Validate()");
        Assert.Empty(disagreements);
        // Both verdicts are well represented, so agreement is not a matter of everything passing or failing.
        Assert.True(accepted >= 100 && rejected >= 100, $"{accepted} accepted, {rejected} rejected");
    }

    /// <summary>A request with each field left out half of the time, else one of its listed values, edge values or values it must refuse.</summary>
    private static CreateImageRequest Generate(Random random)
    {
        T? Maybe<T>(T[] values) where T : struct => random.Next(2) == 0 ? null : values[random.Next(values.Length)];
        T? Member<T>() where T : struct, Enum => random.Next(20) == 0 ? (T)(object)99 : Maybe(Enum.GetValues<T>());

        return new CreateImageRequest
        {
            Prompt = random.Next(10) == 0 ? null! : Prompts[random.Next(Prompts.Length)],
            Model = Models[random.Next(Models.Length)],
            N = Maybe(Counts),
            Size = Member<ImageSize>(),
            Quality = Member<ImageQuality>(),
            Style = Member<ImageStyle>(),
            ResponseFormat = Member<ResponseFormat>(),
            Background = Member<ImageBackground>(),
            OutputFormat = Member<OutputFormat>(),
            OutputCompression = Maybe(Compressions),
            Moderation = Member<Moderation>(),
        };
    }
}
