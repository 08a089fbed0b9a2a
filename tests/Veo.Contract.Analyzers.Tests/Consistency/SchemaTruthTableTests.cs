using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veo.Contract.Analyzers.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Analyzers.Tests.Consistency;

/// <summary>
/// The spec's schema keywords and rules, enforced alike by all three consumers: the analyzer (on constants),
/// CreateTaskRequest.Validate() and the fake server (which answers 400 with the error-severity ids) report the
/// same ids for the same values, boundaries included. Expected ids are written here by hand, from the spec.
/// </summary>
public sealed class SchemaTruthTableTests
{
    private const string Key = "truth-table-key";

    private static readonly object Unset = SchemaCase.Unset;

    public static readonly SchemaCase[] Cases =
    {
        Case("valid request"),
        Case("seed 0", ("seed", 0L)),
        Case("seed 4294967295", ("seed", 4294967295L)),
        Case("seed -1", ("seed", -1L), "VEO0014"),
        Case("seed 4294967296", ("seed", 4294967296L), "VEO0014"),
        Case("prompt of 10,000 characters", ("prompt", new string('a', 10_000))),
        Case("prompt of 10,001 characters", ("prompt", new string('a', 10_001)), "VEO0015"),
        Case("prompt of one letter", ("prompt", "a")),
        Case("prompt empty", ("prompt", ""), "VEO0009"),
        Case("prompt blank", ("prompt", " \t "), "VEO0009"),
        Case("prompt missing", ("prompt", Unset), "VEO0009"),
        Case("model missing", ("model", Unset), "VEO0013"),
        Case("model empty (unknown, not invalid)", ("model", ""), "VEO0001"),
        Case("model of 1 character", ("model", "v"), "VEO0001"),
        Case("model of 256 characters", ("model", new string('v', 256)), "VEO0001"),
        Case("model of 257 characters (our bound)", ("model", new string('v', 257)), "VEO0015"),
        Case("model with a space", ("model", "veo 3.1; DROP"), "VEO0001"),
        Case("model unknown", ("model", "veo-9"), "VEO0001"),
        Case("action generate", ("action", "generate")),
        Case("action with punctuation", ("action", "Generate!"), "VEO0012"),
        Case("action with a hyphen", ("action", "extend-video"), "VEO0012"),
        Case("action empty", ("action", ""), "VEO0012"),
        Case("action of 256 characters", ("action", new string('g', 256)), "VEO0012"),
        Case("action of 257 characters (our bound)", ("action", new string('g', 257)), "VEO0015"),
        Case("negative prompt of 10,000 characters", ("negative_prompt", new string('x', 10_000))),
        Case("negative prompt of 10,001 characters", ("negative_prompt", new string('x', 10_001)), "VEO0015"),
        Case("negative prompt with NUL", ("negative_prompt", "blur\0text")),
        Case("negative prompt empty", ("negative_prompt", "")),
        Case("negative prompt as a negation", ("negative_prompt", "no cars"), "VEO0010"),
        Case("callback url of 2,048 characters", ("callback_url", Url(2048))),
        Case("callback url of 2,049 characters", ("callback_url", Url(2049)), "VEO0015"),
        Case("callback url relative", ("callback_url", "/hooks/veo"), "VEO0011"),
        Case("person generation known", ("extra.personGeneration", "allow_adult")),
        Case("person generation in capitals", ("extra.personGeneration", "ALLOW_ALL"), "VEO0008"),
        Case("person generation unknown", ("extra.personGeneration", "everyone"), "VEO0008"),
        Case("person generation of 257 characters (our bound)", ("extra.personGeneration", new string('p', 257)), "VEO0015"),
        Case("duration 4", ("duration", 4)),
        Case("duration 8", ("duration", 8)),
        Case("duration 2 (below minimum)", ("duration", 2), "VEO0002"),
        Case("duration 5 (not a multiple)", ("duration", 5), "VEO0002"),
        Case("duration 10 (above maximum)", ("duration", 10), "VEO0002"),
        Case("1080p with 6 seconds", ("resolution", "1080p"), ("duration", 6), "VEO0003"),
        Case("4k on veo-3.0", ("model", "veo-3.0"), ("resolution", "4k"), "VEO0004"),
        Case("seed on veo-3.0", ("model", "veo-3.0"), ("seed", 42L), "VEO0005"),
        Case("aspect ratio no member names", ("aspect_ratio", 7), "VEO0006"),
        Case("resolution no member names", ("resolution", 9), "VEO0007"),
        Case("several at once", ("model", Unset), ("prompt", ""), ("seed", -1L), "VEO0009", "VEO0013", "VEO0014"),
    };

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var row in Cases)
        {
            data.Add(row.Name);
        }

        return data;
    }

    [Fact]
    public async Task The_analyzer_reports_the_expected_ids_on_constants()
    {
        var actual = await AnalyzerIdsAsync();

        foreach (var row in Cases)
        {
            Assert.True(row.ExpectedIds.SequenceEqual(actual[row.Name]), $"{row.Name}: expected [{string.Join(", ", row.ExpectedIds)}], analyzer reported [{string.Join(", ", actual[row.Name])}]");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_reports_the_expected_ids(string name)
    {
        var row = Find(name);

        Assert.Equal(row.ExpectedIds, row.ToRequest().Validate().Select(v => v.Id));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task The_fake_rejects_with_the_expected_error_ids(string name)
    {
        var row = Find(name);
        var errors = row.ExpectedIds.Where(id => Severity(id) == DiagnosticSeverity.Error).ToArray();
        await using var server = new FakeVeoServer(new FakeVeoServerOptions { ApiKey = Key });
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/tasks") { Content = new StringContent(row.ToJson(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        if (errors.Length == 0)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = body.RootElement.GetProperty("error").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString());
        Assert.Equal(errors, codes);
    }

    [Fact]
    public void Validate_and_the_analyzer_agree_on_every_severity()
    {
        foreach (var row in Cases)
        {
            foreach (var violation in row.ToRequest().Validate())
            {
                Assert.Equal(Severity(violation.Id).ToString(), violation.Severity.ToString());
            }
        }
    }

    private static SchemaCase Case(string name, params object[] parts)
    {
        // ("seed", -1L), ("duration", 5), ("model", Unset): tuples of different types, read through ITuple.
        var changes = parts.OfType<System.Runtime.CompilerServices.ITuple>().Select(c => ((string)c[0]!, c[1])).ToArray();
        var ids = parts.OfType<string>().ToArray();
        return new SchemaCase(name, changes, ids);
    }

    private static SchemaCase Find(string name) => Cases.Single(c => c.Name == name);

    private static string Url(int length) => "https://example.com/" + new string('h', length - "https://example.com/".Length);

    private static DiagnosticSeverity Severity(string id)
        => new VeoRequestAnalyzer().SupportedDiagnostics.Single(d => d.Id == id).DefaultSeverity;

    /// <summary>Every row as one method returning its request (so the request is complete), all in one compilation.</summary>
    private static async Task<Dictionary<string, string[]>> AnalyzerIdsAsync()
    {
        var source = new StringBuilder("using Veo.Contract;\n\npublic static class Rows\n{\n");
        for (var i = 0; i < Cases.Length; i++)
        {
            source.Append("    public static CreateTaskRequest Row").Append(i).Append("() => ").Append(Cases[i].ToInitializer()).Append(";\n");
        }

        source.Append("}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), path: "Rows.cs");
        var compilation = CSharpCompilation.Create("Rows", new[] { tree }, TestReferences.For(ClientKind.Real), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new VeoRequestAnalyzer())).GetAnalyzerDiagnosticsAsync();

        // Rows are one per line, from the fourth line on.
        return Enumerable.Range(0, Cases.Length).ToDictionary(
            i => Cases[i].Name,
            i => diagnostics
                .Where(d => d.Location.GetLineSpan().StartLinePosition.Line == i + 4)
                .Select(d => d.Id)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray());
    }
}
