using System;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Errors;

/// <summary>Every HTTP error becomes one catchable type carrying status, vendor code, message, request id and raw body.</summary>
public class HttpErrorMappingTests
{
    private readonly TestClock _clock = new();

    // One scripted answer per test: retries (tested in RetryPipelineTests) would ask for more.
    private static readonly Action<VeoClientOptions> NoRetries = options => options.MaxRetries = 0;

    [Theory]
    [InlineData(400, "VEO0003", typeof(VeoBadRequestException))]
    [InlineData(401, "unauthorized", typeof(VeoAuthenticationException))]
    [InlineData(402, "insufficient_balance", typeof(VeoInsufficientBalanceException))]
    [InlineData(404, "task_not_found", typeof(VeoTaskNotFoundException))]
    [InlineData(429, "rate_limited", typeof(VeoRateLimitedException))]
    [InlineData(500, "internal_error", typeof(VeoServerException))]
    [InlineData(503, "unavailable", typeof(VeoServerException))]
    [InlineData(409, "conflict", typeof(VeoApiException))]
    public async Task Each_status_becomes_its_own_exception_with_the_vendors_details(int status, string code, Type expected)
    {
        var body = TaskJson.Error(code, "Something about " + code + ".");
        var handler = new ScriptedHandler().Json((HttpStatusCode)status, body, ("X-Request-Id", "req-42"));
        var client = Clients.OnStub(handler, _clock, NoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal(expected, error.GetType());
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("Something about " + code + ".", error.ErrorMessage);
        Assert.Equal("req-42", error.RequestId);
        Assert.Equal(body, error.RawBody);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Contains(code, error.Message);
        Assert.Contains("req-42", error.Message);
    }

    [Fact]
    public async Task A_400_lists_every_rule_id_the_service_named()
    {
        var body = "{\"error\":{\"message\":\"Two rules broken.\",\"code\":\"VEO0003\",\"violations\":[{\"code\":\"VEO0003\",\"field\":\"duration\",\"message\":\"a\"},{\"code\":\"VEO0004\",\"field\":\"resolution\",\"message\":\"b\"}]}}";
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.BadRequest, body), _clock, options => options.ValidateBeforeSend = false);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Equal(new[] { "VEO0003", "VEO0004" }, error.ValidationCodes);
    }

    [Fact]
    public async Task A_400_that_is_not_about_a_rule_has_no_validation_codes()
    {
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.BadRequest, TaskJson.Error("task_not_cancellable", "Only queued tasks.")), _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => client.CancelTaskAsync(TaskJson.TaskId)));

        Assert.Empty(error.ValidationCodes);
        Assert.Equal("task_not_cancellable", error.ErrorCode);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("Sat, 04 Apr 2026 06:46:30 GMT", 30)]
    public async Task A_429_carries_the_Retry_After_the_service_sent(string header, int seconds)
    {
        var handler = new ScriptedHandler().Json((HttpStatusCode)429, TaskJson.Error("rate_limited", "Slow down."), ("Retry-After", header));
        var client = Clients.OnStub(handler, _clock, NoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoRateLimitedException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal(TimeSpan.FromSeconds(seconds), error.RetryAfter);
    }

    [Fact]
    public async Task A_proxy_page_instead_of_JSON_keeps_status_and_raw_body()
    {
        const string Page = "<html><body>502 Bad Gateway</body></html>";
        var client = Clients.OnStub(new ScriptedHandler().Text(HttpStatusCode.BadGateway, Page), _clock, NoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Equal(Page, error.RawBody);
    }

    [Fact]
    public async Task A_cut_off_success_body_is_an_api_error_not_a_crash()
    {
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.OK, "{\"task_id\": \"task-"), _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoApiException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("{\"task_id\": \"task-", error.RawBody);
    }

    [Fact]
    public async Task Create_maps_errors_too_and_402_is_catchable_as_insufficient_balance()
    {
        var client = Clients.OnStub(new ScriptedHandler().Json(HttpStatusCode.PaymentRequired, TaskJson.Error("insufficient_balance", "Insufficient balance.")), _clock);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoInsufficientBalanceException>(() => client.SubmitAsync(Clients.VendorExample())));

        Assert.Equal("insufficient_balance", error.ErrorCode);
    }

    [Fact]
    public async Task A_server_that_echoes_the_key_does_not_get_it_into_the_exception()
    {
        var echo = TaskJson.Error("unauthorized", "Key " + Secrets.ApiKey + " is not valid.");
        var handler = new ScriptedHandler().Json(HttpStatusCode.Unauthorized, echo, ("X-Request-Id", "echo-" + Secrets.ApiKey));
        var client = Clients.OnStub(handler, _clock, NoRetries);

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoAuthenticationException>(() => client.GetTaskAsync(TaskJson.TaskId)));

        Assert.DoesNotContain(Secrets.ApiKey, error.ToString());
        Assert.DoesNotContain(Secrets.ApiKey, error.RawBody);
        Assert.DoesNotContain(Secrets.ApiKey, error.ErrorMessage);
        Assert.DoesNotContain(Secrets.ApiKey, error.RequestId);
        Assert.Contains("[redacted]", error.ErrorMessage);
    }

    [Fact]
    public async Task The_key_goes_on_task_requests_as_a_bearer_token()
    {
        var handler = new ScriptedHandler().Task("queued", 0);
        var client = Clients.OnStub(handler, _clock, NoRetries);

        await client.GetTaskAsync(TaskJson.TaskId);

        Assert.Equal("Bearer " + Secrets.ApiKey, Assert.Single(handler.AuthorizationHeaders));
    }
}
