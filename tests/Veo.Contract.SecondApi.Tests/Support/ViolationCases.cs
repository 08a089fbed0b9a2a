using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veo.Contract.SecondApi.Images;
using Xunit;

namespace Veo.Contract.SecondApi.Tests.Support;

/// <summary>The image contract's violations the tests check at compile time and at run time, one per rule shape.</summary>
public static class ViolationCases
{
    private static readonly string LongPrompt = new('a', 1001);

    public static IReadOnlyDictionary<string, ViolationCase> All { get; } = new Dictionary<string, ViolationCase>
    {
        // Cross-field errors: allOf entries whose if reads the model (or the background).
        ["size not rendered by dall-e-2"] = new(
            "IMG0005", DiagnosticSeverity.Error, "size",
            """Prompt = "A fox", Model = {|#1:ImageModels.DallE2|}, Size = {|#0:ImageSize.Landscape1792x1024|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE2, Size = ImageSize.Landscape1792x1024 },
            "Size '1792x1024' is not supported by model 'dall-e-2'; use 1024x1024, 256x256 or 512x512, or model dall-e-3."),
        ["size not rendered by gpt-image-1"] = new(
            "IMG0005", DiagnosticSeverity.Error, "size",
            """Prompt = "A fox", Model = {|#1:"gpt-image-1"|}, Size = {|#0:ImageSize.Square512|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = "gpt-image-1", Size = ImageSize.Square512 },
            "Size '512x512' is not supported by model 'gpt-image-1'; use auto, 1024x1024, 1536x1024 or 1024x1536, or model dall-e-2."),
        ["several images from dall-e-3"] = new(
            "IMG0004", DiagnosticSeverity.Error, "n",
            """Prompt = "A fox", Model = {|#1:ImageModels.DallE3|}, N = {|#0:4|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE3, N = 4 },
            "N 4 is not supported by model 'dall-e-3', which makes 1 image per request; use model dall-e-2 or gpt-image-1 for more."),
        ["hd quality on gpt-image-1"] = new(
            "IMG0006", DiagnosticSeverity.Error, "quality",
            """Prompt = "A fox", Model = {|#1:ImageModels.GptImage1|}, Quality = {|#0:ImageQuality.Hd|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, Quality = ImageQuality.Hd },
            "Quality 'hd' is not supported by model 'gpt-image-1'; use low, medium, high or auto, or model dall-e-3."),
        ["prompt too long for dall-e-2"] = new(
            "IMG0007", DiagnosticSeverity.Error, "prompt",
            $$"""Prompt = {|#0:"{{LongPrompt}}"|}, Model = {|#1:ImageModels.DallE2|}""",
            () => new CreateImageRequest { Prompt = LongPrompt, Model = ImageModels.DallE2 },
            "Prompt has 1001 characters; model 'dall-e-2' reads at most 1000."),
        ["transparent background as jpeg"] = new(
            "IMG0008", DiagnosticSeverity.Error, "output_format",
            """Prompt = "A fox", Model = ImageModels.GptImage1, Background = {|#1:ImageBackground.Transparent|}, OutputFormat = {|#0:OutputFormat.Jpeg|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, Background = ImageBackground.Transparent, OutputFormat = OutputFormat.Jpeg },
            "OutputFormat 'jpeg' cannot keep a transparent Background; use png or webp, or Background opaque or auto."),

        // A field's own keywords.
        ["eleven images"] = new(
            "IMG0002", DiagnosticSeverity.Error, "n",
            """Prompt = "A fox", Model = ImageModels.DallE2, N = {|#0:11|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE2, N = 11 },
            "N 11 is out of range; use a whole number from 1 to 10."),
        ["a style no member names"] = new(
            "IMG0003", DiagnosticSeverity.Error, "style",
            """Prompt = "A fox", Model = ImageModels.DallE3, Style = {|#0:(ImageStyle)5|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE3, Style = (ImageStyle)5 },
            "Style '5' is not supported; use one of vivid or natural."),

        // Advice (x-advice): never an error.
        ["style on gpt-image-1"] = new(
            "IMG0011", DiagnosticSeverity.Warning, "style",
            """Prompt = "A fox", Model = {|#1:ImageModels.GptImage1|}, Style = {|#0:ImageStyle.Natural|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, Style = ImageStyle.Natural },
            "Style is only supported by dall-e-3; model 'gpt-image-1' does not take it."),
        ["background on dall-e-3"] = new(
            "IMG0013", DiagnosticSeverity.Warning, "background",
            """Prompt = "A fox", Model = {|#1:ImageModels.DallE3|}, Background = {|#0:ImageBackground.Opaque|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.DallE3, Background = ImageBackground.Opaque },
            "Background is only supported by gpt-image-1; model 'dall-e-3' does not take it."),
        ["an unknown model"] = new(
            "IMG0009", DiagnosticSeverity.Warning, "model",
            """Prompt = "A fox", Model = {|#0:"dall-e-4"|}, Size = ImageSize.Landscape1792x1024""",
            () => new CreateImageRequest { Prompt = "A fox", Model = "dall-e-4", Size = ImageSize.Landscape1792x1024 },
            "Model 'dall-e-4' is not one of dall-e-2, dall-e-3 or gpt-image-1; its limits are not checked, so check the spelling."),
        ["compression of png output"] = new(
            "IMG0014", DiagnosticSeverity.Info, "output_compression",
            """Prompt = "A fox", Model = ImageModels.GptImage1, OutputCompression = {|#0:80|}""",
            () => new CreateImageRequest { Prompt = "A fox", Model = ImageModels.GptImage1, OutputCompression = 80 },
            "OutputCompression applies to jpeg and webp output only; png output (also what an unset format gives) ignores it."),
    };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            names.Add(name);
        }

        return names;
    }
}
