using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace Veo.Contract.Analyzers.Tests.Consistency;

/// <summary>
/// One row of the schema truth table: a request (a valid base with some fields changed or removed) and the ids every
/// consumer must report for it. The same values are written three ways: C# constants for the analyzer, a
/// CreateTaskRequest for Validate(), a JSON body for the fake.
/// </summary>
public sealed class SchemaCase
{
    /// <summary>Marks a field as not set at all.</summary>
    public static readonly object Unset = new();

    private static readonly (string Field, object Value)[] Base = { ("model", "veo-3.1"), ("prompt", "A lighthouse at dusk") };

    public SchemaCase(string name, (string Field, object? Value)[] changes, params string[] expectedIds)
    {
        Name = name;
        ExpectedIds = expectedIds;
        var fields = Base.Select(b => (b.Field, (object?)b.Value)).ToList();
        foreach (var (field, value) in changes)
        {
            fields.RemoveAll(f => f.Field == field);
            if (value != Unset)
            {
                fields.Add((field, value));
            }
        }

        Fields = fields;
    }

    public string Name { get; }

    public IReadOnlyList<string> ExpectedIds { get; }

    public IReadOnlyList<(string Field, object? Value)> Fields { get; }

    public override string ToString() => Name;

    /// <summary>The request as a C# object initializer of constants.</summary>
    public string ToInitializer()
    {
        var members = new List<string>();
        string? extra = null;
        foreach (var (field, value) in Fields)
        {
            switch (field)
            {
                case "resolution":
                    members.Add($"Resolution = {Enum("Resolution", value, new[] { "720p", "1080p", "4k" }, new[] { "Hd720p", "FullHd1080p", "Uhd4k" })}");
                    break;
                case "aspect_ratio":
                    members.Add($"AspectRatio = {Enum("AspectRatio", value, new[] { "16:9", "9:16" }, new[] { "Landscape16x9", "Portrait9x16" })}");
                    break;
                case "extra.personGeneration":
                    extra = $"Extra = new GenerationExtra {{ PersonGeneration = {Literal(value)} }}";
                    break;
                default:
                    members.Add($"{Property(field)} = {Literal(value)}");
                    break;
            }
        }

        if (extra is not null)
        {
            members.Add(extra);
        }

        return "new CreateTaskRequest { " + string.Join(", ", members) + " }";
    }

    /// <summary>The same request as the client's object.</summary>
    public CreateTaskRequest ToRequest()
    {
        var request = new CreateTaskRequest();
        foreach (var (field, value) in Fields)
        {
            switch (field)
            {
                case "model": request.Model = (string)value!; break;
                case "action": request.Action = (string?)value; break;
                case "prompt": request.Prompt = (string)value!; break;
                case "negative_prompt": request.NegativePrompt = (string?)value; break;
                case "callback_url": request.CallbackUrl = (string?)value; break;
                case "duration": request.Duration = Convert.ToInt32(value, CultureInfo.InvariantCulture); break;
                case "seed": request.Seed = Convert.ToInt64(value, CultureInfo.InvariantCulture); break;
                case "resolution": request.Resolution = value is int r ? (Resolution)r : ResolutionOf((string)value!); break;
                case "aspect_ratio": request.AspectRatio = value is int a ? (AspectRatio)a : (string)value! == "9:16" ? AspectRatio.Portrait9x16 : AspectRatio.Landscape16x9; break;
                case "extra.personGeneration": request.Extra = new GenerationExtra { PersonGeneration = (string?)value }; break;
                default: throw new ArgumentException("no such field: " + field);
            }
        }

        return request;
    }

    /// <summary>The same request as the JSON body a caller sends (an enum value no member names goes out as its number).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (field, value) in Fields.Where(f => f.Field != "extra.personGeneration"))
            {
                switch (value)
                {
                    case null: writer.WriteNull(field); break;
                    case string text: writer.WriteString(field, text); break;
                    case int number when field is "resolution" or "aspect_ratio": writer.WriteString(field, number.ToString(CultureInfo.InvariantCulture)); break;
                    default: writer.WriteNumber(field, Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                }
            }

            foreach (var (_, value) in Fields.Where(f => f.Field == "extra.personGeneration"))
            {
                writer.WriteStartObject("extra");
                writer.WriteString("personGeneration", (string?)value);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Resolution ResolutionOf(string wire) => wire switch
    {
        "720p" => Resolution.Hd720p,
        "1080p" => Resolution.FullHd1080p,
        _ => Resolution.Uhd4k,
    };

    private static string Property(string field) => field switch
    {
        "negative_prompt" => "NegativePrompt",
        "callback_url" => "CallbackUrl",
        _ => char.ToUpperInvariant(field[0]) + field.Substring(1),
    };

    private static string Enum(string type, object? value, string[] wires, string[] members)
        => value is int number ? $"({type}){number}" : $"{type}.{members[Array.IndexOf(wires, (string)value!)]}";

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
