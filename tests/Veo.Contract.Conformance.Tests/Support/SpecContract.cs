using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>
/// What the spec says about answers, read from the spec itself: each operation's declared statuses and their schemas,
/// the listed error codes with their statuses, and the request schema's rule ids; answers are validated with
/// JsonSchema.Net against the spec's own schemas (a validator none of this repository's code wrote).
/// </summary>
public sealed partial class SpecContract
{
    private static readonly Uri Base = new("https://veo-contract.test/spec.json");
    private readonly JsonObject _spec;
    private readonly BuildOptions _build;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public SpecContract(string specPath)
    {
        _spec = SpecJson.Load(specPath);
        var document = JsonDocument.Parse(_spec.ToJsonString()).RootElement.Clone();
        // 2020-12 with OpenAPI's own keywords (example, x-...) read as annotations instead of refused.
        var dialect = Dialect.Draft202012.With(Array.Empty<IKeywordHandler>(), allowUnknownKeywords: true);
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = dialect };
        _build.SchemaRegistry.Register(Base, new JsonElementBaseDocument(document, Base));
        var codes = _spec["components"]!["schemas"]!["ErrorCode"]!["x-error-codes"]!.AsArray();
        ErrorCodes = codes.ToDictionary(
            entry => (string)entry!["code"]!,
            entry => (IReadOnlyList<int>)(entry!["statuses"]?.AsArray().Select(status => (int)status!.GetValue<long>()).ToList() ?? new List<int>()));
        RuleIds = RuleIdsUnder(_spec["components"]!["schemas"]!["CreateTaskRequest"]!).ToHashSet();
    }

    /// <summary>x-error-codes: each listed code and the HTTP statuses it comes with (none for task_failed).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> ErrorCodes { get; }

    /// <summary>The ids of CreateTaskRequest's rules (VEO0001, ...): the codes of rule violations.</summary>
    public IReadOnlySet<string> RuleIds { get; }

    /// <summary>
    /// The spec's path templates that <paramref name="path"/> (no query) fills, with the methods they declare: a
    /// parameter fills one non-empty segment.
    /// </summary>
    public IReadOnlyList<(string Template, IReadOnlyList<string> Methods)> OperationsAt(string path)
    {
        var found = new List<(string, IReadOnlyList<string>)>();
        foreach (var (template, item) in _spec["paths"]!.AsObject())
        {
            var pattern = "^" + string.Join("/", template.Split('/').Select(s => s.StartsWith('{') ? "[^/]+" : Regex.Escape(s))) + "$";
            if (Regex.IsMatch(path, pattern))
            {
                found.Add((template, item!.AsObject().Select(pair => pair.Key.ToUpperInvariant()).ToList()));
            }
        }

        return found;
    }

    /// <summary>The statuses an operation declares.</summary>
    public IReadOnlyList<int> Statuses(string template, string method)
        => Responses(template, method).Select(pair => int.Parse(pair.Key)).ToList();

    /// <summary>JSON pointer of the schema of an operation's JSON answer for <paramref name="status"/>.</summary>
    public string ResponseSchemaPointer(string template, string method, int status)
    {
        var response = Responses(template, method)[status.ToString()]
            ?? throw new InvalidOperationException($"{method} {template} declares no {status}");
        var pointer = $"#/paths/{Escape(template)}/{method.ToLowerInvariant()}/responses/{status}";
        if (response["$ref"] is { } reference)
        {
            pointer = (string)reference!;
        }

        return pointer + "/content/application~1json/schema";
    }

    /// <summary>Only the validator's verdict (no details, so it is fast enough for many thousands of instances).</summary>
    public bool Conforms(string pointer, JsonElement instance)
        => Schema(pointer).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    /// <summary>The validator's findings for <paramref name="body"/> against the schema at <paramref name="pointer"/>; none when it conforms.</summary>
    public IReadOnlyList<string> Problems(string pointer, JsonElement body)
    {
        var result = Schema(pointer).Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return Array.Empty<string>();
        }

        return (result.Details ?? new List<EvaluationResults>())
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }

    private JsonSchema Schema(string pointer)
        => _schemas.GetOrAdd(pointer, p => JsonSchema.Build(JsonDocument.Parse($"{{\"$ref\": \"{Base}{p}\"}}").RootElement, _build));

    private JsonObject Responses(string template, string method)
        => _spec["paths"]![template]![method.ToLowerInvariant()]!["responses"]!.AsObject();

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private static IEnumerable<string> RuleIdsUnder(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "id" && value is JsonValue id && id.TryGetValue<string>(out var text) && RuleId().IsMatch(text))
                    {
                        yield return text;
                    }
                    else if (value is not null)
                    {
                        foreach (var found in RuleIdsUnder(value))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.Where(item => item is not null))
                {
                    foreach (var found in RuleIdsUnder(item!))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    [GeneratedRegex("^VEO[0-9]{4}$")]
    private static partial Regex RuleId();
}
