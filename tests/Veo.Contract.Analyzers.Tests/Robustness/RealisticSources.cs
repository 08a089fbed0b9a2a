using System.Collections.Generic;
using Veo.Contract.Analyzers.Tests.Support;

namespace Veo.Contract.Analyzers.Tests.Robustness;

/// <summary>Code like users write around requests, whose every prefix the analyzer must survive.</summary>
public static class RealisticSources
{
    /// <summary>Sources compiled against the real client.</summary>
    public static IEnumerable<(string Name, string Text)> AgainstRealClient()
    {
        yield return ("TourRequests.cs", RepoFiles.Read("samples/AnalyzerTour/TourRequests.cs"));
        yield return ("Program.cs", RepoFiles.Read("samples/AnalyzerTour/Program.cs"));
        yield return ("RequestFactory.cs", RequestFactory);
        yield return ("FlowRequests.cs", FlowRequests);
    }

    /// <summary>Sources compiled against the stub client (helper calls, constructors, with).</summary>
    public static IEnumerable<(string Name, string Text)> AgainstStubClient()
    {
        yield return ("HelperCalls.cs", HelperCalls);
    }

    /// <summary>Values that reach a request through locals, helper parameters and default values.</summary>
    private const string FlowRequests = """
        using System;
        using Veo.Contract;

        namespace Studio;

        public sealed class FlowRequests
        {
            private int _seconds = 6;

            public CreateTaskRequest Local(bool flag, Func<int> next)
            {
                var d = 6;
                var res = Resolution.Uhd4k;
                var model = "veo-3.0";
                int same;
                if (flag) { same = 6; } else { same = 6; }
                var changed = 8;
                Action reset = () => changed = 6;
                Make(out var fromOut);
                var r = new CreateTaskRequest { Model = model, Prompt = "Rain", Resolution = res, Duration = d };
                r.Duration = same;
                r.Seed = changed + fromOut + next();
                return flag ? r : Helper(6, model) ?? WithDefault() ?? Local(_seconds);

                CreateTaskRequest Local(int seconds) => new() { Model = "veo-3.1", Prompt = "Snow", Resolution = Resolution.FullHd1080p, Duration = seconds };
            }

            private static CreateTaskRequest Helper(int duration, string model)
            {
                var r = new CreateTaskRequest { Model = model, Prompt = "Fog", Resolution = Resolution.FullHd1080p };
                r.Duration = duration;
                return r;
            }

            private static CreateTaskRequest WithDefault(int duration = 6, Resolution resolution = Resolution.FullHd1080p)
                => new CreateTaskRequest { Model = "veo-3.1", Prompt = "Dew", Resolution = resolution, Duration = duration };

            private static void Make(out int value) => value = 4;
        }
        """;

    private const string RequestFactory = """
        using System;
        using System.Threading.Tasks;
        using Veo.Contract;

        namespace Studio;

        public sealed class RequestFactory
        {
            private const string Model = VeoModels.Veo30;
            private const int Seconds = 4;

            public CreateTaskRequest Draft(string prompt, bool hd)
            {
                const string negative = "no " + "text";
                var request = new CreateTaskRequest
                {
                    Model = hd ? VeoModels.Veo31 : Model,
                    Prompt = prompt,
                    Duration = hd ? 8 : Seconds,
                    Resolution = hd ? Resolution.Uhd4k : Resolution.Hd720p,
                    NegativePrompt = negative,
                    Extra = { PersonGeneration = PersonGenerationSettings.AllowAdult },
                };
                request.Seed = 1234;
                request.CallbackUrl = "hooks/" + nameof(Draft);
                if (hd)
                {
                    request.Duration = 8;
                }

                Func<CreateTaskRequest, CreateTaskRequest> tweak = r => { r.Action = "extend"; return r; };
                (request.Model, request.Prompt) = ("veo-3.1", prompt);
                request = tweak(request);
                request.AspectRatio = (AspectRatio)5;
                return request;
            }

            public async Task<string> SendAsync(VeoClient client, string prompt)
            {
                var response = await client.CreateTaskAsync(new CreateTaskRequest { Model = "veo-3.1-fast", Prompt = prompt, Duration = 6 });
                var draft = new CreateTaskRequest { Prompt = "  ", Seed = -1, Action = "Extend!" };
                draft.NegativePrompt = "blur\0" + "text";
                draft.CallbackUrl = "https://example.com/" + "hook";
                await client.SubmitAsync(draft);
                return response.TaskId;
            }
        }
        """;

    private const string HelperCalls = """
        using Veo.Contract;

        public static class Helpers
        {
            private const long Seed = 99;

            public static CreateTaskRequest[] All(CreateTaskRequest template, bool wide) => new[]
            {
                VeoRequests.Create("A boat", "veo-3.0", null, wide ? AspectRatio.Landscape16x9 : (AspectRatio)9, 6, Resolution.FullHd1080p),
                VeoRequests.Create(prompt: "A kite", seed: Seed, model: "veo-3.0", negativePrompt: "never rain"),
                new CreateTaskRequest("A cat", "veo-2") { Duration = 3 },
                template with { Duration = 7, Extra = new GenerationExtra { PersonGeneration = "everyone" } },
            };
        }
        """;
}
