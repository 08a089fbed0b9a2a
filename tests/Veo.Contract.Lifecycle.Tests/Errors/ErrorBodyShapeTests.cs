using System;
using System.Collections.Generic;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Errors;

/// <summary>
/// Error answers whose body is not the vendor's shape (fields of the wrong JSON type, no object at all) and whose headers
/// name the request in another way: the mapping keeps what it can use and drops the rest, and never throws.
/// </summary>
public class ErrorBodyShapeTests
{
    private static readonly Dictionary<string, IEnumerable<string>> NoHeaders = new();

    [Theory]
    [InlineData("{\"error\":{\"code\":42,\"message\":[\"not\",\"text\"]}}")]
    [InlineData("{\"error\":{\"code\":null,\"message\":{\"text\":\"nested\"}}}")]
    [InlineData("{\"code\":true,\"message\":1.5}")]
    [InlineData("[\"code\",\"message\"]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"error\":{\"code\":\"cut off")]
    [InlineData("<html>502</html>")]
    public void Fields_of_the_wrong_type_or_a_body_that_is_no_object_give_no_code_and_keep_the_body(string body)
    {
        var error = Create(409, body);

        Assert.Null(error.ErrorCode);
        Assert.Null(error.ErrorMessage);
        Assert.Equal(body, error.RawBody);
        Assert.Equal(409, error.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_or_blank_body_gives_no_code(string? body)
    {
        var error = Create(500, body);

        Assert.Null(error.ErrorCode);
        Assert.Equal(body, error.RawBody);
    }

    [Fact]
    public void An_error_member_that_is_not_an_object_is_ignored_and_the_top_level_fields_are_read()
    {
        var error = Create(409, "{\"error\":\"conflict\",\"code\":\"task_busy\",\"message\":\"Busy.\"}");

        Assert.Equal("task_busy", error.ErrorCode);
        Assert.Equal("Busy.", error.ErrorMessage);
    }

    [Fact]
    public void A_bare_object_with_code_and_message_is_read()
    {
        var error = Create(409, "{\"code\":\"task_busy\",\"message\":\"Busy.\"}");

        Assert.Equal("task_busy", error.ErrorCode);
        Assert.Equal("Busy.", error.ErrorMessage);
    }

    [Fact]
    public void Violations_in_the_spec_shape_are_read_once_each_and_items_without_a_code_are_skipped()
    {
        const string Body = "{\"error\":{\"code\":\"VEO0003\",\"message\":\"m\",\"violations\":"
            + "[{\"field\":\"duration\",\"message\":\"x\"},null,{\"code\":\"VEO0006\"},{\"code\":\"VEO0003\"},{\"code\":\"VEO0006\",\"extra\":1}]}}";

        var error = Assert.IsType<VeoBadRequestException>(Create(400, Body));

        Assert.Equal(new[] { "VEO0003", "VEO0006" }, error.ValidationCodes);
        Assert.Equal("m", error.ErrorMessage);
    }

    [Fact]
    public void Violations_of_another_shape_are_not_read_but_the_code_and_message_still_are()
    {
        const string Body = "{\"error\":{\"code\":\"VEO0003\",\"message\":\"m\",\"violations\":[\"VEO0005\",{\"code\":7},{\"code\":\"VEO0006\"}]}}";

        var error = Assert.IsType<VeoBadRequestException>(Create(400, Body));

        Assert.Equal(new[] { "VEO0003" }, error.ValidationCodes);
        Assert.Equal(("VEO0003", "m"), (error.ErrorCode, error.ErrorMessage));
    }

    [Fact]
    public void Violations_that_are_not_an_array_are_ignored()
    {
        var error = Assert.IsType<VeoBadRequestException>(Create(400, "{\"error\":{\"code\":\"VEO0003\",\"violations\":{\"code\":\"VEO0004\"}}}"));

        Assert.Equal(new[] { "VEO0003" }, error.ValidationCodes);
    }

    [Theory]
    [InlineData("VEO0003", new[] { "VEO0003" })]
    [InlineData("VEO0003,VEO0012", new[] { "VEO0003", "VEO0012" })]
    [InlineData("rule VEO0012 broken", new[] { "VEO0012" })]
    [InlineData("VEO00031", new string[0])]
    [InlineData("VEO003", new string[0])]
    [InlineData("XVEO0003", new string[0])]
    [InlineData("veo0003", new string[0])]
    [InlineData("VEOabcd", new string[0])]
    public void Rule_ids_are_whole_words_of_VEO_and_four_digits(string code, string[] expected)
    {
        var error = Assert.IsType<VeoBadRequestException>(Create(400, TaskJson.Error(code, "m")));

        Assert.Equal(expected, error.ValidationCodes);
    }

    [Theory]
    [InlineData(499, typeof(VeoApiException))]
    [InlineData(500, typeof(VeoServerException))]
    [InlineData(599, typeof(VeoServerException))]
    [InlineData(600, typeof(VeoApiException))]
    [InlineData(403, typeof(VeoApiException))]
    public void Only_500_to_599_are_server_errors(int status, Type expected)
    {
        var error = Create(status, TaskJson.Error("x", "y"), ("Retry-After", "12"));

        Assert.Equal(expected, error.GetType());
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
    }

    [Theory]
    [InlineData("Request-Id")]
    [InlineData("X-Correlation-Id")]
    [InlineData("x-trace-id")]
    public void The_request_id_is_taken_from_any_of_the_usual_headers(string header)
    {
        var error = Create(500, "{}", (header, " id-7 "));

        Assert.Equal("id-7", error.RequestId);
    }

    [Fact]
    public void X_Request_Id_wins_over_the_other_request_id_headers()
    {
        var error = Create(500, "{}", ("X-Trace-Id", "trace"), ("X-Correlation-Id", "correlation"), ("X-Request-Id", "request"));

        Assert.Equal("request", error.RequestId);
    }

    [Fact]
    public void Without_headers_there_is_no_request_id_and_no_Retry_After()
    {
        var inner = new InvalidOperationException("cause");

        var error = VeoApiErrors.Create(429, TaskJson.Error("rate_limited", "Slow."), null, TestClock.Start, Secrets.ApiKey, inner);

        Assert.IsType<VeoRateLimitedException>(error);
        Assert.Null(error.RequestId);
        Assert.Null(error.RetryAfter);
        Assert.Same(inner, error.InnerException);
    }

    [Fact]
    public void A_key_in_the_code_is_redacted_even_when_it_starts_the_text()
    {
        var error = Create(401, TaskJson.Error(Secrets.ApiKey + "-invalid", Secrets.ApiKey), ("X-Request-Id", Secrets.ApiKey));

        Assert.Equal("[redacted]-invalid", error.ErrorCode);
        Assert.Equal("[redacted]", error.ErrorMessage);
        Assert.Equal("[redacted]", error.RequestId);
        Assert.DoesNotContain(Secrets.ApiKey, error.RawBody);
    }

    private static VeoApiException Create(int status, string? body, params (string Name, string Value)[] headers)
    {
        var map = new Dictionary<string, IEnumerable<string>>(NoHeaders);
        foreach (var (name, value) in headers)
        {
            map[name] = new[] { value };
        }

        return CapturedText.Exception(VeoApiErrors.Create(status, body, map, TestClock.Start, Secrets.ApiKey, null));
    }
}
