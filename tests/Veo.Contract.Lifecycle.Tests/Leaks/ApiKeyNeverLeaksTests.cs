using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Leaks;

/// <summary>
/// Drives every failure path through a logging, retrying client against a server that echoes the Authorization header
/// back in every body and header, then scans all log lines and exception texts for the key.
/// (Every other test also routes its exceptions and logs through <see cref="CapturedText"/>, which fails on the key.)
/// </summary>
public class ApiKeyNeverLeaksTests
{
    [Fact]
    public async Task No_log_line_or_exception_text_contains_the_key()
    {
        var before = CapturedText.Snapshot().Count;
        var logs = new CapturingLoggerProvider();
        var statuses = new[] { 400, 401, 402, 404, 409, 429, 500, 503 };
        var echo = new ScriptedHandler();
        echo.Json(HttpStatusCode.OK, TaskJson.Created);
        foreach (var status in statuses)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                echo.Respond(request => EchoingError(request, status));
            }
        }

        await using var services = VeoServices.Build(Clients.StubAddress, () => echo, new RequestLog(), options => options.ValidateBeforeSend = false, logs: logs);
        var client = services.GetRequiredService<VeoClient>();
        var operation = await client.SubmitAsync(Clients.VendorExample());
        var failures = 0;
        foreach (var status in statuses)
        {
            var error = await Assert.ThrowsAnyAsync<VeoApiException>(() => operation.UpdateStatusAsync());
            CapturedText.Exception(error);
            Assert.Equal(status, error.StatusCode);
            failures++;

            // A retried status drains its four answers; the others leave three unused, so skip them.
            while (echo.Requests.Count < 1 + (4 * failures))
            {
                await Assert.ThrowsAnyAsync<VeoApiException>(() => operation.UpdateStatusAsync());
            }
        }

        var captured = CapturedText.Snapshot().Skip(before).ToList();
        Assert.True(logs.Lines > 0, "The client logged nothing, so the scan would prove nothing.");
        Assert.Contains(captured, text => text.Contains("[redacted]", StringComparison.Ordinal));
        Assert.DoesNotContain(captured, text => text.Contains(Secrets.ApiKey, StringComparison.Ordinal));
        Assert.All(echo.AuthorizationHeaders, header => Assert.Equal("Bearer " + Secrets.ApiKey, header));
    }

    private static System.Net.Http.HttpResponseMessage EchoingError(System.Net.Http.HttpRequestMessage request, int status)
    {
        var authorization = request.Headers.Authorization?.ToString() ?? "none";
        var response = new System.Net.Http.HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new System.Net.Http.StringContent(TaskJson.Error("echo", "You sent " + authorization), System.Text.Encoding.UTF8, "application/json"),
        };
        response.Headers.TryAddWithoutValidation("X-Request-Id", authorization);
        response.Headers.TryAddWithoutValidation("Retry-After", "0");
        return response;
    }
}
