using System;
using System.Globalization;

namespace Veo.Contract;

/// <summary>
/// A call to the task API got no complete answer in time (headers and body): within
/// <see cref="VeoClientOptions.AttemptTimeout"/>, <see cref="VeoClientOptions.TotalRequestTimeout"/>, or
/// <see cref="System.Net.Http.HttpClient.Timeout"/> of the HttpClient the client was built on.
/// A create call that timed out may still have created (and billed) a task, so it is never retried blindly.
/// </summary>
public class VeoRequestTimeoutException : VeoException
{
    /// <summary>Creates the exception for a call that got no answer within <paramref name="timeout"/>.</summary>
    public VeoRequestTimeoutException(TimeSpan timeout, Exception? innerException = null)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "The Veo API did not answer within {0:0.###} s. A create call may still have created a task: list or poll before submitting again.",
                timeout.TotalSeconds),
            innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Whether the caller's own deadline (a wait's remaining time) was the limit, rather than the client's timeouts.</summary>
    internal bool ByCallerDeadline { get; set; }
}
