using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Veo.Contract.Conformance.Tests.Support;
using Veo.Contract.Testing.Core;

namespace Veo.Contract.Conformance.Tests;

/// <summary>
/// The spec's rules are standard JSON Schema, so a validator none of this repository's code wrote (JsonSchema.Net,
/// 2020-12) must accept and reject exactly the create requests that the rule engine does with every value known: the
/// fake server's check (JSON types and unknown fields, then the error-level rules; advice never rejects).
/// </summary>
public sealed class StandardValidatorAgreementTests
{
    private const int Count = 120_000;
    private const string RequestSchema = "#/components/schemas/CreateTaskRequest";

    [Fact]
    public void JsonSchema_Net_and_the_rule_engine_agree_on_every_generated_request()
    {
        var spec = new SpecContract(RepositoryFiles.Spec);
        var generator = new CreateRequestGenerator(seed: 20261204);
        var disagreements = new List<string>();
        var met = new HashSet<(string, string)>();
        int checkedCount = 0, accepted = 0, crossField = 0;
        foreach (var (json, parts) in generator.Requests(Count))
        {
            using var document = JsonDocument.Parse(json);
            var standard = spec.Conforms(RequestSchema, document.RootElement);
            var check = CreateRequestValidator.Validate(Encoding.UTF8.GetBytes(json));
            if (standard != check.IsValid && disagreements.Count < 20)
            {
                disagreements.Add($"{(standard ? "JsonSchema.Net accepts" : "JsonSchema.Net rejects")}, the engine {(check.IsValid ? "accepts" : "rejects (" + string.Join(", ", check.Errors.Select(e => e.Code)) + ")")}: {Shorten(json)}");
            }

            checkedCount++;
            accepted += standard ? 1 : 0;
            crossField += check.Errors.Count > 0 && check.Errors.All(e => e.Code is "VEO0003" or "VEO0004") ? 1 : 0;
            met.UnionWith(parts);
        }

        Assert.True(disagreements.Count == 0, $"disagreements (first {disagreements.Count}):\n" + string.Join("\n", disagreements));
        Assert.Equal(Count, checkedCount);
        // The mix means something: many requests of each verdict, cross-field rejections among them, every value used.
        Assert.True(accepted > Count / 100 && accepted < Count - Count / 100, $"{accepted} of {Count} accepted");
        Assert.True(crossField > 500, $"only {crossField} requests were rejected by the cross-field rules alone");
        var unused = CreateRequestGenerator.AllValues().Where(value => !met.Contains(value)).ToList();
        Assert.True(unused.Count == 0, "values never used: " + string.Join(", ", unused.Select(u => u.Field + "=" + Shorten(u.Value))));
    }

    private static string Shorten(string json) => json.Length <= 300 ? json : json[..300] + "…";
}
