using System;

namespace Veo.Contract;

/// <summary>HTTP 402: the account's balance is too low for the request. Top up the account, then submit again.</summary>
public class VeoInsufficientBalanceException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoInsufficientBalanceException(string? errorCode, string? errorMessage, string? requestId, string? rawBody, Exception? innerException = null)
        : base(402, errorCode, errorMessage, requestId, rawBody, null, innerException)
    {
    }
}
