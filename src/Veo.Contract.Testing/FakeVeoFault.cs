using System;

namespace Veo.Contract.Testing;

/// <summary>A failure the fake answers the next task API call with; see <see cref="FakeVeoServer.InjectFault"/>.</summary>
public sealed class FakeVeoFault
{
    private FakeVeoFault(FakeVeoFaultKind kind, TimeSpan? retryAfter = null, TimeSpan delay = default)
    {
        Kind = kind;
        RetryAfter = retryAfter;
        Delay = delay;
    }

    /// <summary>What the fault does.</summary>
    public FakeVeoFaultKind Kind { get; }

    /// <summary>For <see cref="FakeVeoFaultKind.RateLimited"/>: the Retry-After header (whole seconds); null sends none.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>For <see cref="FakeVeoFaultKind.SlowResponse"/> and <see cref="FakeVeoFaultKind.CreatedThenSlowResponse"/>: how long the answer is held back.</summary>
    public TimeSpan Delay { get; }

    /// <summary>429 Too Many Requests; with <paramref name="retryAfter"/> the answer carries a Retry-After header.</summary>
    public static FakeVeoFault RateLimited(TimeSpan? retryAfter = null)
        => retryAfter is { } wait && wait < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(retryAfter), wait, "Retry-After cannot be negative.")
            : new(FakeVeoFaultKind.RateLimited, retryAfter);

    /// <summary>500 Internal Server Error.</summary>
    public static FakeVeoFault ServerError() => new(FakeVeoFaultKind.ServerError);

    /// <summary>402 Payment Required (insufficient balance).</summary>
    public static FakeVeoFault InsufficientBalance() => new(FakeVeoFaultKind.InsufficientBalance);

    /// <summary>No answer: the connection is closed (in-process: the handler throws HttpRequestException).</summary>
    public static FakeVeoFault DropConnection() => new(FakeVeoFaultKind.DropConnection);

    /// <summary>The normal answer after <paramref name="delay"/> on the server's TimeProvider.</summary>
    public static FakeVeoFault SlowResponse(TimeSpan delay) => new(FakeVeoFaultKind.SlowResponse, delay: NonNegative(delay));

    /// <summary>200 OK whose JSON body is cut off.</summary>
    public static FakeVeoFault MalformedBody() => new(FakeVeoFaultKind.MalformedBody);

    /// <summary>
    /// The call is carried out, then answered with 500: a create leaves a queued (billed) task the caller never
    /// hears about. Find it with <see cref="FakeVeoServer.Tasks"/>.
    /// </summary>
    public static FakeVeoFault CreatedThenServerError() => new(FakeVeoFaultKind.CreatedThenServerError);

    /// <summary>
    /// The call is carried out, then the connection is closed without an answer (in-process: the handler throws
    /// HttpRequestException): a create leaves a task the caller never hears about.
    /// </summary>
    public static FakeVeoFault CreatedThenDropConnection() => new(FakeVeoFaultKind.CreatedThenDropConnection);

    /// <summary>
    /// The call is carried out at once, and its normal answer is held back for <paramref name="delay"/> on the server's
    /// TimeProvider: with a delay past the caller's timeout, a create leaves a task the caller gave up on.
    /// </summary>
    public static FakeVeoFault CreatedThenSlowResponse(TimeSpan delay) => new(FakeVeoFaultKind.CreatedThenSlowResponse, delay: NonNegative(delay));

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FakeVeoFaultKind.RateLimited when RetryAfter is { } wait => $"{Kind} (Retry-After {wait})",
        FakeVeoFaultKind.SlowResponse or FakeVeoFaultKind.CreatedThenSlowResponse => $"{Kind} ({Delay})",
        _ => Kind.ToString(),
    };

    private static TimeSpan NonNegative(TimeSpan delay)
        => delay < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay cannot be negative.") : delay;
}
