using System;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// The service answered with an HTTP error. Subclasses name the common cases (400, 401, 402, 404, 429, 5xx),
/// so they can be caught one by one; any other status arrives as this base class.
/// </summary>
public class VeoApiException : VeoException
{
    /// <summary>Creates the exception from what the service answered; the message is composed from these values.</summary>
    public VeoApiException(int statusCode, string? errorCode, string? errorMessage, string? requestId, string? rawBody, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(Describe(statusCode, errorCode, errorMessage, requestId), innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RequestId = requestId;
        RawBody = rawBody;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code, e.g. 402.</summary>
    public int StatusCode { get; }

    /// <summary>The vendor's <c>error.code</c>, e.g. <c>insufficient_balance</c> or a rule id such as <c>VEO0003</c>; null when the body had none.</summary>
    public string? ErrorCode { get; }

    /// <summary>The vendor's <c>error.message</c>; null when the body had none.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The request id the service sent in a response header (X-Request-Id and similar), if any; quote it to the vendor's support.</summary>
    public string? RequestId { get; }

    /// <summary>The response body as received (any occurrence of the API key is replaced); null when there was none.</summary>
    public string? RawBody { get; }

    /// <summary>How long the service asked the client to wait (Retry-After), if it said so.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether an earlier attempt of the same call may have reached the service (a 5xx, a timeout, a broken connection).</summary>
    internal bool AfterUncertainAttempt { get; set; }

    private static string Describe(int statusCode, string? errorCode, string? errorMessage, string? requestId)
    {
        var text = string.Format(CultureInfo.InvariantCulture, "The Veo service answered HTTP {0}", statusCode);
        if (!string.IsNullOrEmpty(errorCode))
        {
            text += " (" + errorCode + ")";
        }

        text += string.IsNullOrEmpty(errorMessage) ? "." : ": " + errorMessage;
        if (!string.IsNullOrEmpty(requestId))
        {
            text += " Request id: " + requestId + ".";
        }

        return text;
    }
}
