using System;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// A call to the task API got no complete answer in time (headers and body): within
/// <see cref="VeoClientOptions.AttemptTimeout"/>, <see cref="VeoClientOptions.TotalRequestTimeout"/>, or
/// <see cref="System.Net.Http.HttpClient.Timeout"/> of the HttpClient the client was built on.
/// Only a create call that timed out may have created (and billed) a task, so a create is never retried blindly; a timed-out
/// status read or cancel leaves the task as it was, and its message names the task so it can be read again.
/// </summary>
public class VeoRequestTimeoutException : VeoException
{
    /// <summary>Creates the exception for a call that got no answer within <paramref name="timeout"/>.</summary>
    public VeoRequestTimeoutException(TimeSpan timeout, Exception? innerException = null)
        : this(
            string.Format(CultureInfo.InvariantCulture, "The Veo API did not answer within {0:0.###} s.", timeout.TotalSeconds),
            timeout,
            innerException)
    {
    }

    /// <summary>Creates the exception with a message that says what the call was; it must not contain the API key.</summary>
    public VeoRequestTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Whether the caller's own deadline (a wait's remaining time) was the limit, rather than the client's timeouts.</summary>
    internal bool ByCallerDeadline { get; set; }
}
