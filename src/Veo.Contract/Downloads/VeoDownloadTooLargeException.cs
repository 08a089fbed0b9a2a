using System;

namespace Veo.Contract;

/// <summary>
/// The video is larger than <see cref="VeoClientOptions.MaxDownloadBytes"/>: its declared Content-Length was refused before
/// any byte was read, or the body went past the limit and was stopped there. Nothing usable was saved.
/// </summary>
public class VeoDownloadTooLargeException : VeoDownloadException
{
    /// <summary>Creates the exception; <paramref name="declaredBytes"/> is the Content-Length the storage sent, if any.</summary>
    public VeoDownloadTooLargeException(string message, string? taskId, long maxBytes, long? declaredBytes, int? statusCode = null, long bytesReceived = 0)
        : base(message, taskId, statusCode, bytesReceived)
    {
        MaxBytes = maxBytes;
        DeclaredBytes = declaredBytes;
    }

    /// <summary>The limit that was passed (<see cref="VeoClientOptions.MaxDownloadBytes"/>).</summary>
    public long MaxBytes { get; }

    /// <summary>The size the storage declared in Content-Length; null when it sent none.</summary>
    public long? DeclaredBytes { get; }
}
