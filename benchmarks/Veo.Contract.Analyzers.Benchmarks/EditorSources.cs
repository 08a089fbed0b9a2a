using System.Collections.Generic;
using System.Text;

namespace Veo.Contract.Analyzers.Benchmarks;

/// <summary>
/// The editor benchmark's project: <see cref="Files"/> files of ordinary code with one request each, and the open
/// document, a file of about 300 lines with <see cref="RequestsInDocument"/> requests (<see cref="FindingsInDocument"/>
/// of them invalid, so the reporting path runs and a broken analyzer cannot look fast).
/// </summary>
public static class EditorSources
{
    public const int Files = 1000;

    public const int RequestsInDocument = 20;

    public const int FindingsInDocument = 5;

    /// <summary>The text the benchmark edits in the open document, as a user typing a number would.</summary>
    public const string EditMarker = "var retries = 3;";

    public static IEnumerable<string> Project()
    {
        for (var file = 0; file < Files - 1; file++)
        {
            yield return $$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Text;
                using Veo.Contract;

                namespace Editor.Project;

                public sealed record Item{{file}}(string Name, int Count, DateTimeOffset At);

                public static class Feature{{file}}
                {
                    public static CreateTaskRequest Request(string prompt)
                        => new() { Model = VeoModels.Veo31, Prompt = prompt, Duration = 8, Resolution = Resolution.FullHd1080p };

                    public static string Summary(IEnumerable<Item{{file}}> items)
                    {
                        var text = new StringBuilder();
                        foreach (var group in items.Where(i => i.Count > 0).GroupBy(i => i.Name).OrderBy(g => g.Key))
                        {
                            text.Append(group.Key).Append(": ").Append(group.Sum(i => i.Count)).AppendLine();
                        }

                        return text.ToString();
                    }

                    public static int Score(Item{{file}} item) => item switch
                    {
                        { Count: > 100 } => 3,
                        { Count: > 10, Name.Length: > 4 } => 2,
                        _ => item.At.Year > 2020 ? 1 : 0,
                    };
                }
                """;
        }
    }

    public static string OpenDocument()
    {
        var text = new StringBuilder();
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Linq;");
        text.AppendLine("using System.Text;");
        text.AppendLine("using Veo.Contract;");
        text.AppendLine();
        text.AppendLine("namespace Editor.Project;");
        text.AppendLine();
        text.AppendLine("public sealed class OpenDocument");
        text.AppendLine("{");
        text.AppendLine("    private readonly string _model = Environment.GetEnvironmentVariable(\"VEO_MODEL\") ?? VeoModels.Veo31;");
        for (var method = 0; method < RequestsInDocument / 2; method++)
        {
            // Methods 0, 3, 6 and 9 carry a mistake in their first request (1080p for 6 s), method 0 a second one in
            // its later assignment (a negated negative prompt): five findings in all.
            var duration = method % 3 == 0 ? "6" : "8";
            var negative = method == 0 ? "\"no blur\"" : "\"blur\"";
            var edit = method == 0 ? EditMarker : "var retries = 2;";
            text.AppendLine($$"""

                    public IReadOnlyList<CreateTaskRequest> Build{{method}}(string prompt, IReadOnlyList<string> words, bool wide)
                    {
                        {{edit}}
                        var first = new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A harbour {{method}}", Resolution = Resolution.FullHd1080p, Duration = {{duration}} };
                        var second = new CreateTaskRequest { Model = _model, Prompt = prompt };
                        second.NegativePrompt = {{negative}};
                        second.AspectRatio = wide ? AspectRatio.Landscape16x9 : AspectRatio.Portrait9x16;
                        var names = words.Where(w => w.Length > retries).Select(w => w.Trim()).Distinct().ToList();
                        var summary = new StringBuilder();
                        for (var i = 0; i < names.Count; i++)
                        {
                            summary.Append(i).Append(' ').Append(names[i]).AppendLine();
                        }

                        if (summary.Length > 200)
                        {
                            second.Prompt = summary.ToString(0, 200);
                        }

                        // Ordinary code around the requests, as in most files that build one.
                        var longest = names.OrderByDescending(n => n.Length).FirstOrDefault() ?? string.Empty;
                        var counts = names.GroupBy(n => n[0]).ToDictionary(g => g.Key, g => g.Count());
                        return counts.Count > retries || longest.Length > 40
                            ? new[] { first, second }
                            : new[] { second, first };
                    }

                    public static int Weight{{method}}(string word) => word.Length * {{method + 1}};
                """);
        }

        text.AppendLine("}");
        return text.ToString();
    }
}
