using System;

namespace Veo.Contract;

/// <summary>
/// The task API could not be reached or the connection broke (refused, reset, DNS failure, a redirect the client cannot
/// follow). <see cref="Exception.InnerException"/> holds the network error. A create call that failed this way after the
/// request went out may still have created a task; one that never connected (refused, a name that did not resolve) sent
/// nothing. A failed status read or cancel names its task, so it can be read again.
/// </summary>
public class VeoConnectionException : VeoException
{
    /// <summary>Creates the exception; <paramref name="message"/> must not contain the API key.</summary>
    public VeoConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
