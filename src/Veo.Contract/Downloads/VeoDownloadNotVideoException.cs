using System;

namespace Veo.Contract;

/// <summary>
/// The video link answered with something that is not a video: an HTML, JSON or text page (a proxy's login or error page,
/// a storage error document). <see cref="FirstBytes"/> quotes its beginning. Nothing was saved.
/// </summary>
public class VeoDownloadNotVideoException : VeoDownloadException
{
    /// <summary>Creates the exception; <paramref name="firstBytes"/> must have had the API key removed.</summary>
    public VeoDownloadNotVideoException(string message, string? taskId, string? contentType, string firstBytes, int? statusCode = null)
        : base(message, taskId, statusCode)
    {
        ContentType = contentType;
        FirstBytes = firstBytes;
    }

    /// <summary>The Content-Type the storage sent; null when it sent none.</summary>
    public string? ContentType { get; }

    /// <summary>The beginning of the body as text (control characters as spaces, the API key redacted), to show what came instead.</summary>
    public string FirstBytes { get; }
}
