using System.Collections.Generic;
using Veo.Contract;

namespace AnalyzerTour;

/// <summary>One request per rule, each breaking exactly that rule; the comment above each says where the analyzer points.</summary>
internal static class TourRequests
{
    // const fields are compile-time constants, so the analyzer sees through them.
    private const string OldModel = VeoModels.Veo30;
    private const int ShortClip = 6;

    public static IEnumerable<(string Rule, CreateTaskRequest Request)> All(bool production)
    {
        // VEO0001: "veo-3.1-fats" is not a known model id (a typo of veo-3.1-fast: the message suggests it).
        yield return ("VEO0001", new CreateTaskRequest { Model = "veo-3.1-fats", Prompt = "A lighthouse at dusk" });

        // VEO0002: 5 seconds is not a supported duration.
        yield return ("VEO0002", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A paper boat", Duration = 5 });

        // VEO0003: 1080p needs an 8 second clip; the const ShortClip is 6.
        yield return ("VEO0003", new CreateTaskRequest
        {
            Model = VeoModels.Veo31,
            Prompt = "Rain on a window",
            Resolution = Resolution.FullHd1080p,
            Duration = ShortClip,
        });

        // VEO0004: veo-3.0 cannot render 4k; the model comes from a const field.
        yield return ("VEO0004", new CreateTaskRequest { Model = OldModel, Prompt = "A city at night", Resolution = Resolution.Uhd4k, Duration = 8 });

        // VEO0005: veo-3.0 has no seed; the seed is set after the initializer, on the same local.
        var seeded = new CreateTaskRequest { Model = "veo-" + "3.0", Prompt = "Waves on rocks" };
        seeded.Seed = 42;
        yield return ("VEO0005", seeded);

        // VEO0006: an integer cast to AspectRatio that names no member goes on the wire as "2".
        yield return ("VEO0006", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A forest path", AspectRatio = (AspectRatio)2 });

        // VEO0007: the same for Resolution: no member has the value 3.
        yield return ("VEO0007", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A desert road", Resolution = (Resolution)3, Duration = 8 });

        // VEO0008: "allow_kids" is not a person-generation setting.
        yield return ("VEO0008", new CreateTaskRequest
        {
            Model = VeoModels.Veo31,
            Prompt = "A busy market",
            Extra = new GenerationExtra { PersonGeneration = "allow_kids" },
        });

        // VEO0009: a prompt of spaces is blank.
        yield return ("VEO0009", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "   " });

        // VEO0010: describe what to leave out ("cars"), not its negation ("no cars").
        yield return ("VEO0010", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "An empty street", NegativePrompt = "no cars" });

        // VEO0011: a relative callback URL; both branches of the ?: are constants and the second one is relative.
        yield return ("VEO0011", new CreateTaskRequest
        {
            Model = VeoModels.Veo31,
            Prompt = "A sunrise",
            CallbackUrl = production ? "https://example.com/hooks/veo" : "/hooks/veo",
        });

        // VEO0012: "extend" is not an action the service knows.
        yield return ("VEO0012", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A kite", Action = "extend" });

        // VEO0013: the model is required; this request is complete where it is returned, and it never sets one.
        static CreateTaskRequest WithoutModel() => new CreateTaskRequest { Prompt = "A mountain lake" };
        yield return ("VEO0013", WithoutModel());

        // VEO0014: a seed must be a whole number from 0 to 4294967295 (the spec's minimum and maximum).
        yield return ("VEO0014", new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A river", Seed = -1 });

        // VEO0015: Veo.Contract sends a model id of at most 256 characters (a bound of ours; the vendor states none).
        const string Ten = "veo-3.1-xx";
        const string Hundred = Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten;
        yield return ("VEO0015", new CreateTaskRequest { Model = Hundred + Hundred + Hundred, Prompt = "A meadow" });
    }
}
