using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Veo.Contract.Analyzers.Tests.Support;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Fixes;

/// <summary>
/// Fixes from the command line are repeatable: applied id by id as `dotnet format analyzers --diagnostics …` applies
/// them (<see cref="CommandLineFixRun"/>), in every order of the ids, with either fix of an id first and either
/// diagnostic taken as the run's first, the code that comes out is the same, no finding a fix could mend is left, and
/// no compiler warning is added. Where fixes of different ids meet on one request, the one that has to be made anyway
/// wins: a veo-3.0 request with 4k and a seed switches the model and keeps the seed; a seed alone is dropped.
/// </summary>
public sealed class RepeatableFixAllTests
{
    private static readonly string[] Ids = ["VEO0003", "VEO0004", "VEO0005", "VEO0010"];

    [Fact]
    public async Task Every_order_of_the_ids_gives_the_same_code_with_nothing_left_to_fix()
    {
        var source = EveryCombination();
        var results = new List<string>();
        // Every order of the ids whose fixes meet on one request (VEO0010's fix touches a field no other rule reads; it
        // comes last or first), each with the fixes of an id tried both ways round and either end as the first diagnostic.
        var orders = Permutations(["VEO0003", "VEO0004", "VEO0005"]).ToList();
        for (var i = 0; i < orders.Count * 2; i++)
        {
            IReadOnlyList<CodeFixProvider> fixes = i % 2 == 0 ? CommandLineFixRun.Fixes : CommandLineFixRun.Fixes.Reverse().ToArray();
            string[] ids = i % 2 == 0 ? [.. orders[i / 2], "VEO0010"] : ["VEO0010", .. orders[i / 2]];
            results.Add(await CommandLineFixRun.RunAsync(source, ids, fixes, first: i % 4 < 2 ? 0 : -1));
        }

        Assert.Equal(12, results.Count);
        Assert.All(results, result => Assert.Equal(results[0], result));
        Assert.NotEqual(source, results[0]);

        var (analyzer, compiler) = await CommandLineFixRun.AnalyzeAsync(results[0], Ids);
        Assert.Empty(analyzer);
        Assert.Empty(compiler);
    }

    [Theory]
    [InlineData("VEO0004", "VEO0005")]
    [InlineData("VEO0005", "VEO0004")]
    public async Task A_veo_3_0_request_with_4k_and_a_seed_switches_the_model_and_keeps_the_seed(string firstId, string secondId)
    {
        var fixedCode = await CommandLineFixRun.RunAsync(Request("Model = VeoModels.Veo30, Prompt = \"Night\", Resolution = Resolution.Uhd4k, Seed = 7"), [firstId, secondId], CommandLineFixRun.Fixes, first: 0);

        Assert.Equal(Request("Model = VeoModels.Veo31, Prompt = \"Night\", Resolution = Resolution.Uhd4k, Seed = 7"), fixedCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_seed_alone_on_veo_3_0_is_dropped_and_the_model_kept(int order)
    {
        IReadOnlyList<CodeFixProvider> fixes = order == 0 ? CommandLineFixRun.Fixes : CommandLineFixRun.Fixes.Reverse().ToArray();

        var fixedCode = await CommandLineFixRun.RunAsync(Request("Model = VeoModels.Veo30, Prompt = \"Day\", Seed = 7"), Ids, fixes, first: 0);

        Assert.Equal(Request("Model = VeoModels.Veo30, Prompt = \"Day\""), fixedCode);
    }

    [Fact]
    public async Task Four_seconds_of_4k_on_veo_3_0_with_a_seed_and_a_negation_get_every_fix_once()
    {
        var fixedCode = await CommandLineFixRun.RunAsync(
            Request("Model = VeoModels.Veo30, Prompt = \"Dusk\", Resolution = Resolution.Uhd4k, Duration = 4, Seed = 7, NegativePrompt = \"no cars\""),
            ["VEO0005", "VEO0010", "VEO0003", "VEO0004"],
            CommandLineFixRun.Fixes,
            first: -1);

        Assert.Equal(Request("Model = VeoModels.Veo31, Prompt = \"Dusk\", Resolution = Resolution.Uhd4k, Duration = 8, Seed = 7, NegativePrompt = \"cars\""), fixedCode);
    }

    private static string Request(string members) => $$"""
        using Veo.Contract;

        public class Sample
        {
            public CreateTaskRequest Build() => new CreateTaskRequest { {{members}} };
        }
        """;

    /// <summary>
    /// Every combination of model, resolution, duration and seed, a negation next to each conflict, and the same through
    /// a model id as text, locals and later assignments.
    /// </summary>
    private static string EveryCombination()
    {
        var source = new StringBuilder("using Veo.Contract;\n\npublic class Sample\n{\n");
        var count = 0;
        foreach (var model in new[] { "VeoModels.Veo30", "VeoModels.Veo31" })
        {
            foreach (var resolution in new[] { null, "Resolution.FullHd1080p", "Resolution.Uhd4k" })
            {
                foreach (var duration in new[] { null, "6" })
                {
                    foreach (var seed in new[] { null, "7" })
                    {
                        var members = new List<string> { $"Model = {model}", $"Prompt = \"Scene {count}\"" };
                        AddIf(members, "Resolution", resolution);
                        AddIf(members, "Duration", duration);
                        AddIf(members, "Seed", seed);
                        AddIf(members, "NegativePrompt", resolution is not null && seed is not null ? "\"no cars\"" : null);
                        source.Append($"    public CreateTaskRequest R{count++}() => new CreateTaskRequest {{ {string.Join(", ", members)} }};\n\n");
                    }
                }
            }
        }

        source.Append("""
                public CreateTaskRequest FromText() => new CreateTaskRequest { Model = "veo-3.0", Prompt = "Text", Resolution = Resolution.Uhd4k, Seed = 1 };

                public CreateTaskRequest FromLocals()
                {
                    var model = "veo-3.0";
                    var duration = 6;
                    var seed = 3L;
                    return new CreateTaskRequest { Model = model, Prompt = "Locals", Resolution = Resolution.Uhd4k, Duration = duration, Seed = seed };
                }

                public CreateTaskRequest LaterAssignments()
                {
                    var request = new CreateTaskRequest { Model = VeoModels.Veo30, Prompt = "Later" };
                    request.Resolution = Resolution.FullHd1080p;
                    request.Duration = 4;
                    request.Seed = 5;
                    return request;
                }
            }

            """);
        return source.ToString();
    }

    private static void AddIf(List<string> members, string name, string? value)
    {
        if (value is not null)
        {
            members.Add($"{name} = {value}");
        }
    }

    private static IEnumerable<string[]> Permutations(string[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            foreach (var rest in Permutations(items.Where((_, k) => k != i).ToArray()))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
