using System;

namespace Veo.Contract;

/// <summary>
/// The video link has expired (links live 24 hours) or the storage refused it as no longer valid.
/// Nothing was written; the video cannot be fetched again through this link.
/// </summary>
public class VeoDownloadLinkExpiredException : VeoDownloadException
{
    /// <summary>Creates the exception for the task <paramref name="taskId"/>; <paramref name="expiresAt"/> is the expiry the service announced, if any.</summary>
    public VeoDownloadLinkExpiredException(string message, string? taskId, DateTimeOffset? expiresAt, int? statusCode = null)
        : base(message, taskId, statusCode)
    {
        ExpiresAt = expiresAt;
    }

    /// <summary>When the link expired, as the service announced it; null when it did not say.</summary>
    public DateTimeOffset? ExpiresAt { get; }
}
