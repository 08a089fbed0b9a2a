using Veo.Contract;

namespace VeoConsumer.CommandLineFixes;

public static class Requests
{
    // VEO0004 (4k needs veo-3.1) and VEO0005 (a seed needs veo-3.1) meet on one request.
    public static CreateTaskRequest Night() => new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "Night", Resolution = Resolution.Uhd4k, Seed = 7 };

    // VEO0005 alone.
    public static CreateTaskRequest Day() => new CreateTaskRequest { Model = "veo-3.0", Prompt = "Day", Seed = 7 };

    // VEO0003 on a value that comes from a local feeding only Duration.
    public static CreateTaskRequest Rain()
    {
        var duration = 6;
        return new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "Rain", Resolution = Resolution.FullHd1080p, Duration = duration };
    }
}
