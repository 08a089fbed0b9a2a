using System;

namespace Veo.Contract;

/// <summary>HTTP 429: too many requests. <see cref="VeoApiException.RetryAfter"/> says how long to wait when the service sent it.</summary>
public class VeoRateLimitedException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoRateLimitedException(string? errorCode, string? errorMessage, string? requestId, string? rawBody, TimeSpan? retryAfter, Exception? innerException = null)
        : base(429, errorCode, errorMessage, requestId, rawBody, retryAfter, innerException)
    {
    }
}
