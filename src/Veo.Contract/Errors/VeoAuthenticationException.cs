using System;

namespace Veo.Contract;

/// <summary>HTTP 401: the API key is missing or wrong. Retrying does not help; check VEO_API_KEY or the options.</summary>
public class VeoAuthenticationException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoAuthenticationException(string? errorCode, string? errorMessage, string? requestId, string? rawBody, Exception? innerException = null)
        : base(401, errorCode, errorMessage, requestId, rawBody, null, innerException)
    {
    }
}
