using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Conformance.Tests.Support;
using Veo.Contract.Testing;

namespace Veo.Contract.Conformance.Tests;

/// <summary>
/// The generated client drives every operation and every error path the spec lists through `prism proxy --errors`
/// to the loopback fake; Prism must find nothing in any request or answer that breaks the spec.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class StrictConformanceTests
{
    private readonly ConformanceFixture _fixture;

    public StrictConformanceTests(ConformanceFixture fixture)
    {
        _fixture = fixture;
    }

    private static CreateTaskRequest Example => new()
    {
        Model = VeoModels.Veo31,
        Action = VeoActions.Generate,
        Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
        AspectRatio = AspectRatio.Landscape16x9,
        Duration = 8,
        Resolution = Resolution.FullHd1080p,
    };

    [Fact]
    public async Task Create_get_cancel_complete_and_fail_conform()
    {
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict);

        var cancelled = await client.CreateTaskAsync(Example);
        Assert.Equal(VeoTaskStatuses.Queued, (await client.GetTaskAsync(cancelled.TaskId)).Status);
        Assert.Equal(VeoTaskStatuses.Cancelled, (await client.CancelTaskAsync(cancelled.TaskId)).Status);
        Assert.Equal(VeoTaskStatuses.Cancelled, (await client.GetTaskAsync(cancelled.TaskId)).Status);

        var finished = await client.CreateTaskAsync(new CreateTaskRequest
        {
            Model = VeoModels.Veo31Fast,
            Prompt = "Rain on a tin roof",
            AspectRatio = AspectRatio.Portrait9x16,
            Duration = 4,
            Seed = 42,
            NegativePrompt = "blurry footage",
            CallbackUrl = "https://example.com/hooks/veo",
            Extra = new GenerationExtra { PersonGeneration = PersonGenerationSettings.DontAllow },
        });
        _fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(VeoTaskStatuses.Processing, (await client.GetTaskAsync(finished.TaskId)).Status);
        var refused = await Assert.ThrowsAnyAsync<VeoApiException>(() => client.CancelTaskAsync(finished.TaskId));
        Assert.Equal(400, refused.StatusCode);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(100));
        var completed = await client.GetTaskAsync(finished.TaskId);
        Assert.Equal(VeoTaskStatuses.Completed, completed.Status);
        Assert.Single(completed.Result!.Videos!);

        var failing = await client.CreateTaskAsync(Example);
        Assert.True(_fixture.Server.FailTask(failing.TaskId));
        var failed = await client.GetTaskAsync(failing.TaskId);
        Assert.Equal(VeoTaskStatuses.Failed, failed.Status);
        Assert.Equal("task_failed", failed.Error!.Code);

        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 10);
    }

    /// <summary>
    /// The cross-field rules are standard JSON Schema (if/then in allOf), so Prism, which knows nothing of ours, rejects
    /// what Validate() rejects: with --errors it answers 422 itself and the fake never sees the request.
    /// </summary>
    [Theory]
    [InlineData("veo-3.1", Resolution.FullHd1080p, 6, "VEO0003")]
    [InlineData("veo-3.1-fast", Resolution.Uhd4k, 4, "VEO0003")]
    [InlineData("veo-3.0", Resolution.Uhd4k, 8, "VEO0004")]
    [InlineData("veo-3.0", Resolution.Uhd4k, 6, "VEO0003")]
    public async Task Prism_rejects_the_cross_field_violations_that_Validate_rejects(string model, Resolution resolution, int duration, string code)
    {
        var request = new CreateTaskRequest
        {
            Model = model,
            Prompt = $"A paper boat in a gutter ({model} {resolution} {duration})",
            Resolution = resolution,
            Duration = duration,
        };
        Assert.Contains(code, request.Validate().Where(v => v.Severity == VeoRuleSeverity.Error).Select(v => v.Id));
        var (client, recorder) = _fixture.Client(_fixture.Strict);

        await Assert.ThrowsAnyAsync<VeoApiException>(() => client.CreateTaskAsync(request));

        var exchange = Assert.Single(recorder.Exchanges);
        Assert.True(exchange.FromPrism, "Prism passed on a request it should have rejected: " + exchange);
        Assert.Equal(422, exchange.Status);
        Assert.DoesNotContain(_fixture.Server.Tasks, task => task.Prompt == request.Prompt);
    }

    /// <summary>What only earns a warning (an action or model id nobody listed) or nothing at all passes Prism too.</summary>
    [Theory]
    [InlineData("veo-3.1", "generate", Resolution.FullHd1080p, 8)]
    [InlineData("veo-3.0", "generate", Resolution.FullHd1080p, 8)]
    [InlineData("veo-3.1", "extend-video", Resolution.Hd720p, 6)]
    [InlineData("veo 3.1", "generate", Resolution.Uhd4k, 8)]
    public async Task Prism_accepts_what_Validate_does_not_reject(string model, string action, Resolution resolution, int duration)
    {
        var offset = _fixture.Strict.LogLength;
        var request = new CreateTaskRequest { Model = model, Action = action, Prompt = "A heron at dawn", Resolution = resolution, Duration = duration };
        Assert.DoesNotContain(request.Validate(), v => v.Severity == VeoRuleSeverity.Error);
        var (client, recorder) = _fixture.Client(_fixture.Strict);

        await client.CreateTaskAsync(request);

        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 1);
    }

    [Fact]
    public async Task A_wrong_key_gets_401_on_every_operation_and_conforms()
    {
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict, apiKey: "not-the-key");

        var errors = new[]
        {
            await Assert.ThrowsAnyAsync<VeoApiException>(() => client.CreateTaskAsync(Example)),
            await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync("task-abc")),
            await Assert.ThrowsAnyAsync<VeoApiException>(() => client.CancelTaskAsync("task-abc")),
        };

        Assert.All(errors, e => Assert.Equal((401, "unauthorized"), (e.StatusCode, e.ErrorCode)));
        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 3);
    }

    [Fact]
    public async Task Unknown_ids_get_404_and_conform()
    {
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict);

        var get = await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync("task-doesnotexist"));
        var cancel = await Assert.ThrowsAnyAsync<VeoApiException>(() => client.CancelTaskAsync("task-doesnotexist"));

        Assert.Equal((404, "task_not_found"), (get.StatusCode, get.ErrorCode));
        Assert.Equal((404, "task_not_found"), (cancel.StatusCode, cancel.ErrorCode));
        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 2);
    }

    [Fact]
    public async Task Injected_402_429_and_500_conform_on_every_operation()
    {
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict);
        var faults = new (FakeVeoFault Fault, int Status, string Code)[]
        {
            (FakeVeoFault.InsufficientBalance(), 402, "insufficient_balance"),
            (FakeVeoFault.RateLimited(TimeSpan.FromSeconds(7)), 429, "rate_limited"),
            (FakeVeoFault.RateLimited(), 429, "rate_limited"),
            (FakeVeoFault.ServerError(), 500, "internal_error"),
        };
        var operations = new Func<Task>[]
        {
            () => client.CreateTaskAsync(Example),
            () => client.GetTaskAsync("task-abc"),
            () => client.CancelTaskAsync("task-abc"),
        };

        foreach (var (fault, status, code) in faults)
        {
            foreach (var operation in operations)
            {
                _fixture.Server.InjectFault(fault);
                var error = await Assert.ThrowsAnyAsync<VeoApiException>(operation);
                Assert.Equal((status, code), (error.StatusCode, error.ErrorCode));
                Assert.Equal(fault.RetryAfter, error.RetryAfter);
            }
        }

        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 12);
    }

    [Fact]
    public async Task A_slow_response_conforms()
    {
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict);
        _fixture.Server.InjectFault(FakeVeoFault.SlowResponse(TimeSpan.FromSeconds(5)));

        var pending = client.CreateTaskAsync(Example);
        // The call reaches the fake through Prism at its own pace, and the client's attempt timeout (30 s) runs on the same
        // fake clock: move it only once the fake holds the request (it took the fault), a second at a time, until it answers.
        for (var i = 0; i < 1000 && !pending.IsCompleted; i++)
        {
            if (_fixture.Server.PendingFaults == 0)
            {
                _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.WhenAny(pending, Task.Delay(20));
        }

        Assert.Equal(VeoTaskStatuses.Queued, (await pending).Status);
        await _fixture.AssertConformsAsync(_fixture.Strict, recorder, offset, expectedCalls: 1);
    }

    [Fact]
    public async Task Prism_does_catch_an_answer_that_breaks_the_spec()
    {
        // The check above is only worth something if it can fail: a malformed body must not pass.
        var offset = _fixture.Strict.LogLength;
        var (client, recorder) = _fixture.Client(_fixture.Strict);
        _fixture.Server.InjectFault(FakeVeoFault.MalformedBody());

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetTaskAsync("task-abc"));

        var exchange = Assert.Single(recorder.Exchanges);
        Assert.True(exchange.FromPrism || exchange.Violations is not null, exchange.ToString());
        Assert.NotEqual((int)HttpStatusCode.OK, exchange.Status);
        Assert.NotEmpty(PrismProxy.Problems(await _fixture.Strict.LogSinceAsync(offset, ConformanceFixture.ApiKey)));
    }
}
