using System;

namespace Veo.Contract;

/// <summary>
/// The video could not be written where it was asked to go: the folder cannot be created or written, the disk is full,
/// the path is too long, or the destination stream refused the bytes. <see cref="Exception.InnerException"/> holds the
/// original file error (an <see cref="System.IO.IOException"/> or <see cref="UnauthorizedAccessException"/>), which is no
/// longer thrown as is. The task and its video are not affected: download again to a destination that can be written.
/// </summary>
public class VeoDownloadDestinationException : VeoDownloadException
{
    /// <summary>Creates the exception; <paramref name="path"/> is the destination as the caller gave it (null for a stream).</summary>
    public VeoDownloadDestinationException(string message, string? taskId, string? path, long bytesReceived = 0, Exception? innerException = null)
        : base(message, taskId, null, bytesReceived, innerException)
    {
        Path = path;
    }

    /// <summary>The file or folder path as the caller gave it; null when the destination was a stream.</summary>
    public string? Path { get; }
}
