using Veo.Contract;

namespace VeoConsumer.Shared
{
    /// <summary>
    /// The same file in both apps: the net8.0 app's build must fail on <see cref="TooShortForFullHd"/> (VEO0003,
    /// 1080p needs duration 8); the net10.0 app turns the rule off in .editorconfig and builds.
    /// </summary>
    public static class FullHdRequests
    {
        public static CreateTaskRequest TooShortForFullHd() => new CreateTaskRequest
        {
            Model = "veo-3.1",
            Prompt = "A lighthouse on a cliff at dawn, waves breaking below",
            Resolution = Resolution.FullHd1080p,
            Duration = 4,
        };

        public static CreateTaskRequest Valid() => new CreateTaskRequest
        {
            Model = "veo-3.1",
            Prompt = "A lighthouse on a cliff at dawn, waves breaking below",
            Resolution = Resolution.FullHd1080p,
            Duration = 8,
        };
    }
}
