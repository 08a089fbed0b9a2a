using System;

namespace Veo.Contract;

/// <summary>HTTP 5xx: the service failed. A status read may be retried; a create call may or may not have created a task.</summary>
public class VeoServerException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoServerException(int statusCode, string? errorCode, string? errorMessage, string? requestId, string? rawBody, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(statusCode, errorCode, errorMessage, requestId, rawBody, retryAfter, innerException)
    {
    }
}
