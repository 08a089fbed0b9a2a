using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>
/// Create-request bodies for the differential test: every field left out, valid, at an edge, unknown, of the wrong type
/// or too long, in a fixed pseudo-random mix (the same every run). The fields the cross-field rules combine (model,
/// resolution, duration, seed) go through all their combinations in turn, so each one is met many times.
/// </summary>
public sealed class CreateRequestGenerator
{
    /// <summary>Marks a field left out of the body.</summary>
    public const string Absent = "";

    private static readonly string[] Models = [Absent, Text("veo-3.1"), Text("veo-3.1-fast"), Text("veo-3.0"), Text("veo-9"), Text(""), Text("veo 3.1"), Text(new string('m', 257)), "5", "null", "true"];

    private static readonly string[] Resolutions = [Absent, Text("720p"), Text("1080p"), Text("4k"), Text("8k"), Text("1080P"), "1080"];

    private static readonly string[] Durations = [Absent, "4", "5", "6", "8", "8.0", "10", "-2", "0", Text("8"), "3000000000", "8.5", "null"];

    private static readonly string[] Seeds = [Absent, "0", "42", "4294967295", "4294967296", "-1", "1.5", Text("1"), "9223372036854775808"];

    private static readonly (string Name, string[] Values)[] Others =
    [
        ("action", [Absent, Text("generate"), Text("extend-video"), Text(""), Text(new string('a', 257)), "1"]),
        ("prompt", [Absent, Text("A fox in the snow"), Text(""), Text(" \t"), Text("\u3000"), Text("\u00a0x"), Text(new string('p', 10_000)), Text(new string('p', 10_001)), Text("\U0001F600"), Text(string.Concat(Enumerable.Repeat("\U0001F30A", 5_001))), "7", "null"]),
        ("aspect_ratio", [Absent, Text("16:9"), Text("9:16"), Text("4:3"), Text(""), "16"]),
        ("negative_prompt", [Absent, Text("cars"), Text("no cars"), Text(""), Text(new string('n', 10_001)), "3"]),
        ("callback_url", [Absent, Text("https://example.com/hooks/veo"), Text("/hooks/veo"), Text(""), Text("https://example.com/" + new string('h', 2_029)), "1"]),
        ("extra", [Absent, "{}", """{"personGeneration":"allow_adult"}""", """{"personGeneration":"kids"}""", "{\"personGeneration\":" + Text(new string('k', 257)) + "}", """{"personGeneration":1}""", """{"other":1}""", Text("x"), "null", "[]"]),
        ("colour", [Text("red"), Absent]),
    ];

    private readonly Random _random;

    public CreateRequestGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>How many (field, value) pairs there are to meet; <see cref="Requests"/> reports each one it used.</summary>
    public static IEnumerable<(string Field, string Value)> AllValues()
        => new[] { ("model", Models), ("resolution", Resolutions), ("duration", Durations), ("seed", Seeds) }.Concat(Others)
            .SelectMany(field => field.Item2.Select(value => (field.Item1, value)));

    /// <summary><paramref name="count"/> bodies, each with the (field, value) pairs it holds.</summary>
    public IEnumerable<(string Json, IReadOnlyList<(string Field, string Value)> Parts)> Requests(int count)
    {
        var crossField = Models.Length * Resolutions.Length * Durations.Length * Seeds.Length;
        for (var i = 0; i < count; i++)
        {
            var combination = i % crossField;
            var parts = new List<(string, string)>
            {
                ("model", Models[combination % Models.Length]),
                ("resolution", Resolutions[combination / Models.Length % Resolutions.Length]),
                ("duration", Durations[combination / (Models.Length * Resolutions.Length) % Durations.Length]),
                ("seed", Seeds[combination / (Models.Length * Resolutions.Length * Durations.Length) % Seeds.Length]),
            };
            foreach (var (name, values) in Others)
            {
                // Mostly the valid value (second in each list), so the cross-field rules are not hidden behind another field's error.
                var value = _random.Next(4) == 0 ? values[_random.Next(values.Length)] : values[1];
                parts.Add((name, value));
            }

            yield return (Write(parts), parts);
        }
    }

    private static string Write(IEnumerable<(string Field, string Value)> parts)
    {
        var json = new StringBuilder("{");
        foreach (var (field, value) in parts.Where(part => part.Value != Absent))
        {
            json.Append(json.Length > 1 ? "," : string.Empty).Append('"').Append(field).Append("\":").Append(value);
        }

        return json.Append('}').ToString();
    }

    private static string Text(string value) => JsonSerializer.Serialize(value);
}
