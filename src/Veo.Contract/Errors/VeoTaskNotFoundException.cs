using System;

namespace Veo.Contract;

/// <summary>HTTP 404: no task has the given id (a typo, another account's task, or one the service has forgotten).</summary>
public class VeoTaskNotFoundException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoTaskNotFoundException(string? errorCode, string? errorMessage, string? requestId, string? rawBody, Exception? innerException = null)
        : base(404, errorCode, errorMessage, requestId, rawBody, null, innerException)
    {
    }
}
