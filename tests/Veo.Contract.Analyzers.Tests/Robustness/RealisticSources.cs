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
    }

    /// <summary>Sources compiled against the stub client (helper calls, constructors, with).</summary>
    public static IEnumerable<(string Name, string Text)> AgainstStubClient()
    {
        yield return ("HelperCalls.cs", HelperCalls);
    }

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
