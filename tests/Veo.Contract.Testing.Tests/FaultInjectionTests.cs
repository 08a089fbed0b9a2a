using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Injected faults answer the next task API calls, in order, then the fake behaves normally again.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Rate_limited_with_retry_after_sends_the_header_in_whole_seconds()
    {
        _api.Server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.FromMilliseconds(2500)));

        var response = await _api.CreateAsync(Requests.Minimal);

        ErrorBodyAssert.Valid(response, (HttpStatusCode)429, "rate_limited");
        Assert.Equal(TimeSpan.FromSeconds(3), response.Message.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Rate_limited_without_retry_after_sends_no_header()
    {
        _api.Server.InjectFault(FakeVeoFault.RateLimited());

        var response = await _api.GetAsync("task-x");

        ErrorBodyAssert.Valid(response, (HttpStatusCode)429, "rate_limited");
        Assert.Null(response.Message.Headers.RetryAfter);
    }

    [Fact]
    public async Task Server_error_and_insufficient_balance_answer_with_their_codes()
    {
        _api.Server.InjectFault(FakeVeoFault.ServerError());
        _api.Server.InjectFault(FakeVeoFault.InsufficientBalance());

        ErrorBodyAssert.Valid(await _api.CreateAsync(Requests.Minimal), HttpStatusCode.InternalServerError, "internal_error");
        ErrorBodyAssert.Valid(await _api.CreateAsync(Requests.Minimal), HttpStatusCode.PaymentRequired, "insufficient_balance");
        Assert.Equal(HttpStatusCode.OK, (await _api.CreateAsync(Requests.Minimal)).Status);
        Assert.Equal(1, _api.Server.TaskCount);
    }

    [Fact]
    public async Task A_fault_injected_n_times_hits_exactly_the_next_n_calls()
    {
        var id = await _api.CreateExampleAsync();
        _api.Server.InjectFault(FakeVeoFault.ServerError(), times: 3);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.InternalServerError, (await _api.GetAsync(id)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(id)).Status);
        Assert.Equal(0, _api.Server.PendingFaults);
    }

    [Fact]
    public async Task Faults_come_before_authentication()
    {
        _api.Server.InjectFault(FakeVeoFault.InsufficientBalance());

        var response = await _api.CreateAsync(Requests.Minimal, key: null);

        Assert.Equal(HttpStatusCode.PaymentRequired, response.Status);
    }

    [Fact]
    public async Task ClearFaults_drops_the_waiting_faults()
    {
        _api.Server.InjectFault(FakeVeoFault.ServerError(), times: 5);

        _api.Server.ClearFaults();

        Assert.Equal(0, _api.Server.PendingFaults);
        Assert.Equal(HttpStatusCode.OK, (await _api.CreateAsync(Requests.Minimal)).Status);
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_HttpRequestException_in_process()
    {
        _api.Server.InjectFault(FakeVeoFault.DropConnection());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => _api.CreateAsync(Requests.Minimal));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Equal(0, _api.Server.TaskCount);
    }

    [Fact]
    public async Task A_malformed_body_is_a_200_that_does_not_parse()
    {
        _api.Server.InjectFault(FakeVeoFault.MalformedBody());

        var response = await _api.GetAsync("task-x");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Body));
    }

    /// <summary>The cut falls right after the id's <c>task-</c>: a client sees the start of a create answer, then nothing.</summary>
    [Fact]
    public async Task A_malformed_body_is_a_create_answer_cut_inside_its_task_id()
    {
        _api.Server.InjectFault(FakeVeoFault.MalformedBody());

        var response = await _api.GetAsync("task-x");

        Assert.Equal("{\"task_id\":\"task-", response.Body);
    }

    [Fact]
    public async Task A_slow_response_waits_for_the_fake_clock()
    {
        _api.Server.InjectFault(FakeVeoFault.SlowResponse(TimeSpan.FromSeconds(30)));

        var pending = _api.CreateAsync(Requests.Minimal);
        Assert.False(pending.IsCompleted);
        _api.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(pending.IsCompleted);
        _api.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(30)); // fails instead of hanging if the delay was missed

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(FakeApi.Start.AddSeconds(30).ToUnixTimeMilliseconds(), response.Number("created_at"));
    }

    [Fact]
    public async Task A_slow_response_is_abandoned_when_the_caller_cancels()
    {
        _api.Server.InjectFault(FakeVeoFault.SlowResponse(TimeSpan.FromHours(1)));
        using var cancel = new System.Threading.CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/task-x");

        var pending = _api.Http.SendAsync(request, cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Video_downloads_do_not_use_up_faults()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromMinutes(5));
        _api.Server.InjectFault(FakeVeoFault.ServerError());

        var video = await _api.Http.GetAsync($"videos/{id}.mp4");

        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal(1, _api.Server.PendingFaults);
    }

    [Fact]
    public void Fault_arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeVeoFault.SlowResponse(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeVeoFault.RateLimited(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _api.Server.InjectFault(FakeVeoFault.ServerError(), times: 0));
        Assert.Throws<ArgumentNullException>(() => _api.Server.InjectFault(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => _api.Server.FailNextTasks(0));
    }
}
