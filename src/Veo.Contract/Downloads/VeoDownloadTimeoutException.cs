using System;

namespace Veo.Contract;

/// <summary>
/// The video did not arrive within <see cref="VeoClientOptions.DownloadTimeout"/> (or the HttpClient's own timeout, when
/// shorter): the storage was slow or stopped sending. Nothing usable was saved.
/// </summary>
public class VeoDownloadTimeoutException : VeoDownloadException
{
    /// <summary>Creates the exception for a download that did not finish within <paramref name="timeout"/>.</summary>
    public VeoDownloadTimeoutException(string message, string? taskId, TimeSpan timeout, long bytesReceived = 0, Exception? innerException = null)
        : base(message, taskId, null, bytesReceived, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that passed.</summary>
    public TimeSpan Timeout { get; }
}
