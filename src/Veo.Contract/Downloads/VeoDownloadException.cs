using System;

namespace Veo.Contract;

/// <summary>
/// The video could not be downloaded (the connection dropped, the body was cut short, the link was refused).
/// Nothing is left behind: a file being written is deleted.
/// </summary>
public class VeoDownloadException : VeoException
{
    /// <summary>Creates the exception; <paramref name="message"/> must not contain the link's query string or the API key.</summary>
    public VeoDownloadException(string message, string? taskId, int? statusCode = null, long bytesReceived = 0, Exception? innerException = null)
        : base(message, innerException)
    {
        TaskId = taskId;
        StatusCode = statusCode;
        BytesReceived = bytesReceived;
    }

    /// <summary>The task whose video was being downloaded, when known.</summary>
    public string? TaskId { get; }

    /// <summary>The HTTP status of the download response, when one arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>How many bytes had arrived before the failure (and were discarded).</summary>
    public long BytesReceived { get; }
}
