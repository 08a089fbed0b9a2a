namespace Veo.Contract;

/// <summary>One report of a video download: bytes so far and, when the server said, the total.</summary>
public sealed class VeoDownloadProgress
{
    /// <summary>Creates a report.</summary>
    public VeoDownloadProgress(long bytesReceived, long? totalBytes)
    {
        BytesReceived = bytesReceived;
        TotalBytes = totalBytes;
    }

    /// <summary>Bytes received so far.</summary>
    public long BytesReceived { get; }

    /// <summary>The size of the video when the server sent Content-Length; null otherwise.</summary>
    public long? TotalBytes { get; }

    /// <summary>Percent done, 0 to 100; null when the total is unknown.</summary>
    public double? Percent => TotalBytes is > 0 ? 100.0 * BytesReceived / TotalBytes.Value : null;

    /// <inheritdoc />
    public override string ToString() => TotalBytes is { } total ? $"{BytesReceived}/{total} bytes" : $"{BytesReceived} bytes";
}
