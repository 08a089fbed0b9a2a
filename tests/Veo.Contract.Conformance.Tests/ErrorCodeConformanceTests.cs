using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Conformance.Tests.Support;
using Veo.Contract.Testing;

namespace Veo.Contract.Conformance.Tests;

/// <summary>
/// Provokes every error code the loopback fake can answer with, over raw HTTP, and holds each answer to the spec
/// itself: the code is one the spec lists for that status (or a rule id of the request schema), the status is one the
/// operation declares, and the body validates (JsonSchema.Net) against the schema the spec gives for that status.
/// The codes to reach come from the fake's side: every constant of VeoErrorCodes, the only names it answers with.
/// </summary>
public sealed class ErrorCodeConformanceTests : IAsyncLifetime
{
    private const string Key = "conformance-key";
    private const string Valid = """{"model":"veo-3.1","prompt":"A heron at dawn"}""";
    private static readonly SpecContract Spec = new(RepositoryFiles.Spec);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 4, 6, 46, 0, TimeSpan.Zero));
    private readonly List<string> _problems = new();
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private FakeVeoServer _fake = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _fake = new FakeVeoServer(new FakeVeoServerOptions
        {
            ApiKey = Key,
            TimeProvider = _clock,
            QueuedDuration = TimeSpan.FromSeconds(10),
            ProcessingDuration = TimeSpan.FromSeconds(100),
        });
        _address = await _fake.StartLoopbackAsync();
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Every_code_the_fake_answers_with_is_declared_and_its_body_matches_the_spec()
    {
        // Authentication and injected faults, on every operation.
        await CheckAsync("GET", "/v1/tasks/task-x", key: null);
        await CheckAsync("POST", "/v1/tasks", Valid, key: "wrong");
        _fake.InjectFault(FakeVeoFault.InsufficientBalance());
        await CheckAsync("POST", "/v1/tasks", Valid);
        _fake.InjectFault(FakeVeoFault.RateLimited(TimeSpan.FromSeconds(7)));
        await CheckAsync("GET", "/v1/tasks/task-x");
        _fake.InjectFault(FakeVeoFault.ServerError());
        await CheckAsync("POST", "/v1/tasks/task-x/cancel");

        // Paths, methods and unknown tasks.
        await CheckAsync("GET", "/v1/tasks/task-none");
        await CheckAsync("POST", "/v1/tasks/task-none/cancel");
        await CheckAsync("GET", "/v1/nothing");
        await CheckAsync("GET", "/v1/tasks/a/b");
        await CheckAsync("GET", "/v1/tasks");
        await CheckAsync("DELETE", "/v1/tasks/task-x");
        await CheckAsync("GET", "/v1/tasks/task-x/cancel");

        // Create bodies: shape, JSON and size problems, then the request schema's rules.
        await CheckAsync("POST", "/v1/tasks", "");
        await CheckAsync("POST", "/v1/tasks", """{"model": """);
        await CheckAsync("POST", "/v1/tasks", "[1, 2]");
        await CheckAsync("POST", "/v1/tasks", """{"model":"veo-3.1","prompt":"x","colour":"red"}""");
        await CheckAsync("POST", "/v1/tasks", """{"model":"veo-3.1","prompt":"x","duration":"eight"}""");
        await CheckAsync("POST", "/v1/tasks", """{"model":"veo-3.1","prompt":""" + "\"" + new string('a', 70_000) + "\"}");
        await CheckAsync("POST", "/v1/tasks", """{"prompt":"x"}""");
        await CheckAsync("POST", "/v1/tasks", """{"model":"veo-3.1","prompt":"x","duration":5}""");
        await CheckAsync("POST", "/v1/tasks", """{"model":"veo-3.0","prompt":"x","resolution":"4k","duration":6}""");
        await CheckAsync("POST", "/v1/tasks", "{\"model\":\"veo-3.1\",\"prompt\":\"x\"" + string.Concat(Enumerable.Range(0, 120).Select(i => $",\"f{i}\":1")) + "}");

        // What Kestrel refuses before the fake reads the request, and bodies that cannot be read.
        await CheckRawAsync("/v1/tasks/a%00b", "GET /v1/tasks/a%00b HTTP/1.1\r\nHost: fake\r\n" + Auth + "Connection: close\r\n\r\n");
        await CheckRawAsync("/v1/tasks/a", "GET /v1/tasks/a HTTP/1.2\r\nHost: fake\r\n" + Auth + "Connection: close\r\n\r\n");
        await CheckRawAsync("/v1/tasks/task-long", $"GET /v1/tasks/task-{new string('a', 10_000)} HTTP/1.1\r\nHost: fake\r\n{Auth}Connection: close\r\n\r\n");
        await CheckRawAsync("/v1/tasks/task-a", $"GET /v1/tasks/task-a HTTP/1.1\r\nHost: fake\r\nX-Big: {new string('b', 40_000)}\r\n{Auth}Connection: close\r\n\r\n");
        await CheckRawAsync("/v1/tasks", CreateHead("Transfer-Encoding: chunked\r\n") + "zz\r\n{}\r\n0\r\n\r\n");
        // Kestrel's minimum body data rate gives up on a body that stops arriving after its 5-second grace period.
        await CheckRawAsync("/v1/tasks", CreateHead("Content-Length: 100\r\n") + "{\"model\":");

        // A task's life: created, read, cancelled; another refused a cancel once processing, then completed, its link
        // expiring; a third failed.
        var cancelled = TaskId(await CheckAsync("POST", "/v1/tasks", Valid));
        await CheckAsync("GET", $"/v1/tasks/{cancelled}");
        await CheckAsync("POST", $"/v1/tasks/{cancelled}/cancel");
        var finished = TaskId(await CheckAsync("POST", "/v1/tasks", Valid));
        _clock.Advance(TimeSpan.FromSeconds(20));
        await CheckAsync("POST", $"/v1/tasks/{finished}/cancel");
        _clock.Advance(TimeSpan.FromSeconds(100));
        await CheckAsync("GET", $"/v1/tasks/{finished}");
        await CheckAsync("GET", "/videos/task-none.mp4");
        _clock.Advance(TimeSpan.FromHours(25));
        await CheckAsync("GET", $"/videos/{finished}.mp4");
        var failing = TaskId(await CheckAsync("POST", "/v1/tasks", Valid));
        Assert.True(_fake.FailTask(failing));
        await CheckAsync("GET", $"/v1/tasks/{failing}");

        // A full store: a fake that holds one task, still running.
        await using (var small = new FakeVeoServer(new FakeVeoServerOptions { ApiKey = Key, TimeProvider = _clock, MaxStoredTasks = 1 }))
        {
            var address = await small.StartLoopbackAsync();
            await CheckAsync("POST", "/v1/tasks", Valid, server: address);
            await CheckAsync("POST", "/v1/tasks", Valid, server: address);
        }

        Assert.True(_problems.Count == 0, "Answers that break the spec:\n" + string.Join("\n", _problems));
        var unreached = VeoErrorCodes.All.Where(code => !_reached.Contains(code)).ToList();
        Assert.True(unreached.Count == 0, "No provocation reached these codes (provoke them here, or drop them from the fake and the spec): " + string.Join(", ", unreached));
        Assert.Contains(_reached, Spec.RuleIds.Contains);
    }

    [Theory]
    [InlineData("GET", "/v1/tasks/task-x", 404, """{"error":{"message":"m","code":"gone_fishing"}}""", "code 'gone_fishing' is neither a listed code nor a rule id")]
    [InlineData("GET", "/v1/tasks/task-x", 404, """{"error":{"message":"m","code":"unauthorized"}}""", "code 'unauthorized' is listed for 401, not 404")]
    [InlineData("GET", "/v1/tasks/task-x", 404, """{"error":{"code":"task_not_found"}}""", "required")]
    [InlineData("GET", "/v1/tasks/task-x", 409, """{"error":{"message":"m","code":"task_not_found"}}""", "409 is not declared for GET /v1/tasks/{task_id}")]
    [InlineData("POST", "/v1/tasks", 400, """{"error":{"message":"m","code":"VEO0003","violations":[{"code":"VEO0003"}]}}""", "/error/violations/0")]
    [InlineData("POST", "/v1/tasks", 429, """{"error":{"message":"m","code":"VEO0003"}}""", "rule id 'VEO0003' answered with 429, not 400")]
    [InlineData("GET", "/v1/tasks/task-x", 200, """{"task_id":"task-x","status":"queued","progress":101}""", "/progress")]
    [InlineData("GET", "/v1/tasks/task-x", 200, """{"task_id":"task-x","status":"failed","error":{"message":"m","code":"melted"}}""", "code 'melted' is neither a listed code nor a rule id")]
    [InlineData("GET", "/videos/task-x.mp4", 410, """{"error":{"message":"m","code":"link_expired","extra":[]},"x":1}""", null)]
    public void The_check_itself_rejects_what_breaks_the_spec(string method, string path, int status, string body, string? expected)
    {
        Judge(method, path, Answer(status, body));

        if (expected is null)
        {
            Assert.Empty(_problems);
        }
        else
        {
            Assert.Contains(_problems, problem => problem.Contains(expected, StringComparison.Ordinal));
        }
    }

    private static string Auth => $"Authorization: Bearer {Key}\r\n";

    private static string CreateHead(string framing)
        => $"POST /v1/tasks HTTP/1.1\r\nHost: fake\r\n{Auth}Content-Type: application/json\r\n{framing}Connection: close\r\n\r\n";

    private static RawAnswer Answer(int status, string body) => new(status, new Dictionary<string, string>(), body);

    private static string TaskId(RawAnswer created) => created.Json()!.Value.GetProperty("task_id").GetString()!;

    private async Task<RawAnswer> CheckAsync(string method, string path, string? body = null, string? key = Key, Uri? server = null)
    {
        var bytes = body is null ? null : Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: fake\r\n");
        if (key is not null)
        {
            head.Append("Authorization: Bearer ").Append(key).Append("\r\n");
        }

        if (bytes is not null)
        {
            head.Append("Content-Type: application/json\r\nContent-Length: ").Append(bytes.Length).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        var answer = await RawHttp.SendAsync(server ?? _address, head.ToString(), bytes);
        Judge(method, path, answer);
        return answer;
    }

    private async Task CheckRawAsync(string path, string request)
    {
        var method = request[..request.IndexOf(' ')];
        Judge(method, path, await RawHttp.SendAsync(_address, request));
    }

    /// <summary>Holds one answer to the spec; what breaks it goes to <see cref="_problems"/>, its codes to <see cref="_reached"/>.</summary>
    private void Judge(string method, string path, RawAnswer answer)
    {
        var where = $"{method} {(path.Length > 60 ? path[..60] + "…" : path)} -> {answer}";
        if (answer.Status == 200 && answer.Headers.GetValueOrDefault("content-type") == "video/mp4")
        {
            return; // the fake's own download link: a video, not a JSON answer of the spec
        }

        if (answer.Json() is not { ValueKind: JsonValueKind.Object } json)
        {
            _problems.Add($"{where}: the body is not a JSON object");
            return;
        }

        var pointer = SchemaFor(method, path, answer.Status, where);
        if (pointer is not null)
        {
            foreach (var problem in Spec.Problems(pointer, json))
            {
                _problems.Add($"{where}: {problem}");
            }
        }

        if (answer.Status >= 400 && json.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            Declared(Text(error, "code"), answer.Status, where);
            if (error.TryGetProperty("violations", out var violations) && violations.ValueKind == JsonValueKind.Array)
            {
                foreach (var violation in violations.EnumerateArray())
                {
                    Declared(Text(violation, "code"), answer.Status, where);
                }
            }
        }
        else if (answer.Status == 200 && json.TryGetProperty("error", out var failure) && failure.ValueKind == JsonValueKind.Object)
        {
            Declared(Text(failure, "code"), null, where);
        }
    }

    /// <summary>
    /// The schema for this answer: the operation's for its status, or for a method the path does not take, that of an
    /// operation at the path declaring the status. A path the spec does not have (the fake's video links, a path of
    /// nothing) must still answer errors in the spec's ErrorResponse.
    /// </summary>
    private string? SchemaFor(string method, string path, int status, string where)
    {
        var operations = Spec.OperationsAt(path.Split('?')[0]);
        if (operations.Count == 0)
        {
            return status >= 400 ? "#/components/schemas/ErrorResponse" : null;
        }

        var candidates = operations.SelectMany(o => o.Methods.Select(m => (o.Template, Method: m))).ToList();
        var own = candidates.Where(c => c.Method == method).ToList();
        foreach (var (template, operationMethod) in own.Count > 0 ? own : candidates)
        {
            if (Spec.Statuses(template, operationMethod).Contains(status))
            {
                return Spec.ResponseSchemaPointer(template, operationMethod, status);
            }
        }

        var named = own.Count > 0 ? own : candidates;
        _problems.Add($"{where}: {status} is not declared for {string.Join(" or ", named.Select(c => $"{c.Method} {c.Template}"))}");
        return null;
    }

    private void Declared(string? code, int? status, string where)
    {
        if (code is null)
        {
            _problems.Add($"{where}: no code");
            return;
        }

        _reached.Add(code);
        if (Spec.RuleIds.Contains(code))
        {
            if (status is not 400)
            {
                _problems.Add($"{where}: rule id '{code}' answered with {status?.ToString() ?? "a task"}, not 400");
            }

            return;
        }

        if (!Spec.ErrorCodes.TryGetValue(code, out var statuses))
        {
            _problems.Add($"{where}: code '{code}' is neither a listed code nor a rule id of the request schema");
        }
        else if (status is { } answered && !statuses.Contains(answered))
        {
            _problems.Add($"{where}: code '{code}' is listed for {(statuses.Count == 0 ? "no HTTP status" : string.Join(", ", statuses))}, not {answered}");
        }
        else if (status is null && statuses.Count > 0)
        {
            _problems.Add($"{where}: code '{code}' in a task's error is listed for HTTP {string.Join(", ", statuses)}");
        }
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
