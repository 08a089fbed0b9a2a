using System;
using System.Collections.Generic;

namespace Veo.Contract;

/// <summary>
/// HTTP 400: the service rejected the request. When it named broken rules, <see cref="ValidationCodes"/> lists them
/// (VEO0001 to VEO0015, the same ids <see cref="CreateTaskRequest.Validate"/> and the analyzer report).
/// </summary>
public class VeoBadRequestException : VeoApiException
{
    /// <summary>Creates the exception from what the service answered.</summary>
    public VeoBadRequestException(string? errorCode, string? errorMessage, string? requestId, string? rawBody, IReadOnlyList<string> validationCodes, Exception? innerException = null)
        : base(400, errorCode, errorMessage, requestId, rawBody, null, innerException)
    {
        ValidationCodes = validationCodes ?? throw new ArgumentNullException(nameof(validationCodes));
    }

    /// <summary>The rule ids the service named, in the order given; empty when the rejection was not about a rule.</summary>
    public IReadOnlyList<string> ValidationCodes { get; }
}
