using System;

namespace Veo.Contract.Testing;

/// <summary>How a <see cref="FakeVeoServer"/> behaves. Read when the server is created.</summary>
public sealed class FakeVeoServerOptions
{
    /// <summary>The API key the fake accepts as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string ApiKey { get; set; } = FakeVeoServer.DefaultApiKey;

    /// <summary>
    /// The clock that drives task progress, link expiry and slow responses. Pass a FakeTimeProvider
    /// (Microsoft.Extensions.TimeProvider.Testing) and advance it instead of waiting.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long a new task stays <c>queued</c> (and can be cancelled).</summary>
    public TimeSpan QueuedDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a task stays <c>processing</c>, its progress rising, before it completes.</summary>
    public TimeSpan ProcessingDuration { get; set; } = TimeSpan.FromSeconds(18);

    /// <summary>How long a finished video's link works; the vendor's links live 24 hours.</summary>
    public TimeSpan VideoLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a task (and its video) is kept after it completed, failed or was cancelled; then its id and link
    /// answer 404. The default keeps it a day past the 24-hour link, so an expired link answers 410 for that day.
    /// Shorter than <see cref="VideoLinkLifetime"/>, a link stops working (404) before its <c>expires_at</c>.
    /// </summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// The most tasks kept at once. A create beyond it forgets the oldest ended task; when every stored task is
    /// still queued or processing, the create gets 429 <c>task_store_full</c>.
    /// </summary>
    public int MaxStoredTasks { get; set; } = 10_000;

    /// <summary>
    /// The scheme, host and optional path the fake's links (video URLs, <c>urls.get</c>, <c>urls.cancel</c>) start
    /// with, for a fake behind a proxy. Null: the address the request arrived at (the listening address on loopback,
    /// the request URI in-process); the Host header is never used.
    /// </summary>
    public Uri? PublicBaseAddress { get; set; }

    /// <summary>The largest create request body accepted; a larger one gets 400 <c>body_too_large</c>.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The amount a cancel call reports as refunded.</summary>
    public double RefundedQuota { get; set; } = 1.0;

    /// <summary>
    /// Sets <see cref="QueuedDuration"/> and <see cref="ProcessingDuration"/> so a task completes
    /// <paramref name="total"/> after it was created (a fifth of it queued).
    /// </summary>
    public FakeVeoServerOptions CompleteAfter(TimeSpan total)
    {
        if (total <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "A task needs a positive time to complete.");
        }

        QueuedDuration = TimeSpan.FromTicks(total.Ticks / 5);
        ProcessingDuration = total - QueuedDuration;
        return this;
    }
}
