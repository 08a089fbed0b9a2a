using System;

namespace Veo.Contract;

/// <summary>
/// What one client call asks of the pipeline besides the request itself: its kind (which failures may be retried) and,
/// for the status reads of a wait, the wait's remaining time and its polling floor.
/// </summary>
internal readonly struct VeoCall
{
    public VeoCall(VeoRequestKind kind, TimeSpan? deadline = null, TimeSpan minimumRetryDelay = default, bool retryRateLimits = true)
    {
        Kind = kind;
        Deadline = deadline;
        MinimumRetryDelay = minimumRetryDelay;
        RetryRateLimits = retryRateLimits;
    }

    public VeoRequestKind Kind { get; }

    /// <summary>The caller's remaining time (a wait's deadline), when shorter limits than the overall timeout apply.</summary>
    public TimeSpan? Deadline { get; }

    /// <summary>No retry comes sooner than this (a wait's polling interval), whatever Retry-After says.</summary>
    public TimeSpan MinimumRetryDelay { get; }

    /// <summary>Whether a 429 is retried here; a wait handles 429s itself, in its polling schedule.</summary>
    public bool RetryRateLimits { get; }
}
