using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Veo.Contract;

/// <summary>Turns an HTTP error response into the matching <see cref="VeoApiException"/> subclass.</summary>
internal static class VeoApiErrors
{
    private static readonly string[] RequestIdHeaders = { "X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Trace-Id" };
    private static readonly Regex RuleId = new(@"\bVEO\d{4}\b", RegexOptions.CultureInvariant);

    public static VeoApiException Create(
        int statusCode,
        string? body,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers,
        DateTimeOffset now,
        string? apiKey,
        Exception? innerException)
    {
        body = SecretRedactor.Redact(body, apiKey);
        ReadErrorBody(body, out var code, out var message, out var listedCodes);
        message = SecretRedactor.Redact(message, apiKey);
        code = SecretRedactor.Redact(code, apiKey);
        var requestId = SecretRedactor.Redact(RequestId(headers), apiKey);
        var retryAfter = RetryAfterHeader.Read(headers, now);

        return statusCode switch
        {
            400 => new VeoBadRequestException(code, message, requestId, body, RuleIds(code, listedCodes), innerException),
            401 => new VeoAuthenticationException(code, message, requestId, body, innerException),
            402 => new VeoInsufficientBalanceException(code, message, requestId, body, innerException),
            404 => new VeoTaskNotFoundException(code, message, requestId, body, innerException),
            429 => new VeoRateLimitedException(code, message, requestId, body, retryAfter, innerException),
            >= 500 and <= 599 => new VeoServerException(statusCode, code, message, requestId, body, retryAfter, innerException),
            _ => new VeoApiException(statusCode, code, message, requestId, body, retryAfter, innerException),
        };
    }

    // The spec's ErrorResponse, {"error": {"message", "code", "violations"}}, is read through the generated DTO. Any other
    // body (a proxy's HTML, a bare {"message"}, fields of other types) must not crash the mapping: what can be used of it
    // is taken by hand, and a violations list that is not the spec's shape is not read at all.
    private static void ReadErrorBody(string? body, out string? code, out string? message, out List<string> listedCodes)
    {
        code = null;
        message = null;
        listedCodes = new List<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return;
        }

        if (SpecShaped(body!) is { } detail)
        {
            code = detail.Code;
            message = detail.Message;
            foreach (var violation in detail.Violations ?? Array.Empty<ErrorViolation>())
            {
                if (violation?.Code is { } listed)
                {
                    listedCodes.Add(listed);
                }
            }

            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body!);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var error = document.RootElement.TryGetProperty("error", out var nested) && nested.ValueKind == JsonValueKind.Object
                ? nested
                : document.RootElement;
            code = Text(error, "code");
            message = Text(error, "message");
        }
        catch (JsonException)
        {
            // Not JSON: the raw body is still on the exception.
        }
    }

    // The DTO's required "error" starts as an empty detail, so a body without one reads as a detail with nothing set.
    private static ErrorDetail? SpecShaped(string body)
    {
        try
        {
            var detail = JsonSerializer.Deserialize(body, VeoJsonContext.Default.ErrorResponse)?.Error;
            return detail is { Message: null, Code: null, Violations: null } ? null : detail;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? RequestId(IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        foreach (var name in RequestIdHeaders)
        {
            var value = HeaderValues.First(headers, name);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> RuleIds(string? code, List<string> listedCodes)
    {
        var ids = new List<string>();
        var candidates = new List<string>();
        if (code is not null)
        {
            candidates.Add(code);
        }

        candidates.AddRange(listedCodes);
        foreach (var candidate in candidates)
        {
            foreach (Match match in RuleId.Matches(candidate))
            {
                if (!ids.Contains(match.Value))
                {
                    ids.Add(match.Value);
                }
            }
        }

        return ids;
    }
}
