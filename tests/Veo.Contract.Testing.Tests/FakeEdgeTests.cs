using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// Edges of the fake's options, routing and store: the smallest settings it accepts and the messages for bad ones,
/// paths outside the API, a declared body over the limit refused before it arrives, tasks that ended early.
/// </summary>
public sealed class FakeEdgeTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_api_key_is_refused(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new FakeVeoServer(new FakeVeoServerOptions { ApiKey = key }));

        Assert.StartsWith("The fake needs an API key to check callers against.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_time_provider_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new FakeVeoServer(new FakeVeoServerOptions { TimeProvider = null! }));

        Assert.StartsWith("A TimeProvider is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_limits_name_the_option()
    {
        var body = Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { MaxRequestBodyBytes = 0 }));
        var retention = Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { TaskRetention = TimeSpan.FromTicks(-1) }));
        var tasks = Assert.Throws<ArgumentOutOfRangeException>(() => new FakeVeoServer(new FakeVeoServerOptions { MaxStoredTasks = -1 }));

        Assert.StartsWith("MaxRequestBodyBytes must be positive.", body.Message, StringComparison.Ordinal);
        Assert.StartsWith("TaskRetention must be positive.", retention.Message, StringComparison.Ordinal);
        Assert.StartsWith("MaxStoredTasks must be at least 1.", tasks.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smallest_limits_are_accepted()
    {
        await using var api = new FakeApi(options =>
        {
            options.MaxRequestBodyBytes = 1;
            options.MaxStoredTasks = 1;
        });

        var refused = await api.CreateAsync(Requests.Minimal);

        ErrorBodyAssert.Valid(refused, HttpStatusCode.BadRequest, "body_too_large");
    }

    [Fact]
    public async Task A_store_of_one_task_holds_one()
    {
        await using var api = new FakeApi(options => options.MaxStoredTasks = 1);

        Assert.Equal(HttpStatusCode.OK, (await api.CreateAsync(Requests.Minimal)).Status);
        Assert.Equal((HttpStatusCode)429, (await api.CreateAsync(Requests.Minimal)).Status);
    }

    [Fact]
    public async Task Paths_outside_the_api_need_no_key_and_use_no_fault()
    {
        _api.Server.InjectFault(FakeVeoFault.ServerError());

        var response = await _api.SendAsync(HttpMethod.Get, "elsewhere", content: null, key: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "not_found");
        Assert.Equal(1, _api.Server.PendingFaults);
    }

    [Theory]
    [InlineData("v1/nothing")]
    [InlineData("v1/tasks/")]
    [InlineData("v1/tasks/a/b")]
    public async Task Paths_that_no_operation_of_the_spec_has_need_no_key_and_use_no_fault(string path)
    {
        _api.Server.InjectFault(FakeVeoFault.ServerError());

        var response = await _api.SendAsync(HttpMethod.Get, path, content: null, key: null);

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "not_found");
        Assert.Equal(1, _api.Server.PendingFaults);
    }

    [Fact]
    public async Task A_path_that_only_starts_like_the_tasks_path_is_not_a_task()
    {
        var response = await _api.GetAsync("../tasksabc");

        ErrorBodyAssert.Valid(response, HttpStatusCode.NotFound, "not_found");
        Assert.Equal("The fake Veo server has nothing at '/v1/tasksabc'.", response.ErrorMessage);
    }

    [Fact]
    public async Task A_repeated_field_is_reported_once_whatever_its_second_value()
    {
        var response = await _api.CreateAsync("""{"model":"veo-3.1","prompt":"x","duration":8,"duration":"eight"}""");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal(new[] { "invalid_request" }, ErrorBodyAssert.ViolationCodes(response));
    }

    [Fact]
    public async Task A_cancelled_task_cannot_be_failed_afterwards()
    {
        var id = await _api.CreateExampleAsync();
        Assert.Equal(HttpStatusCode.OK, (await _api.CancelAsync(id)).Status);

        Assert.False(_api.Server.FailTask(id));
        Assert.Equal("cancelled", (await _api.GetAsync(id)).Text("status"));
    }

    [Fact]
    public async Task The_task_list_drops_tasks_past_their_retention()
    {
        await using var api = new FakeApi(options => options.TaskRetention = TimeSpan.FromSeconds(30));
        await api.CreateAsync(Requests.Minimal);
        api.Clock.Advance(TimeSpan.FromSeconds(140));

        Assert.Empty(api.Server.Tasks);
    }

    [Fact]
    public async Task A_full_store_forgets_expired_tasks_before_evicting_a_retained_one()
    {
        await using var api = new FakeApi(options =>
        {
            options.MaxStoredTasks = 2;
            options.TaskRetention = TimeSpan.FromSeconds(30);
        });
        var completes = await api.CreateExampleAsync(); // completes at 110 s, kept until 140 s
        api.Clock.Advance(TimeSpan.FromSeconds(5));
        var cancelled = await api.CreateExampleAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(cancelled)).Status); // ended at 5 s, kept until 35 s
        api.Clock.Advance(TimeSpan.FromSeconds(134));

        Assert.Equal(HttpStatusCode.OK, (await api.CreateAsync(Requests.Minimal)).Status);

        Assert.Equal("completed", (await api.GetAsync(completes)).Text("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(cancelled)).Status);
    }

    [Fact]
    public async Task A_task_reports_when_it_was_created_on_every_read()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(30));

        var task = await _api.GetAsync(id);

        Assert.Equal(FakeApi.Start.ToUnixTimeMilliseconds(), task.Number("created_at"));
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_refused_before_it_arrives()
    {
        await using var api = new FakeApi(options => options.MaxRequestBodyBytes = 100);
        var address = await api.Server.StartLoopbackAsync();

        // Only 10 of the 1000 declared bytes are sent: the answer must not wait for the rest.
        var response = await RawHttp.SendAsync(
            address,
            $"POST /v1/tasks HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer {FakeApi.Key}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{{\"model\":");

        ErrorBodyAssert.Valid(response, HttpStatusCode.BadRequest, "body_too_large");
    }
}
