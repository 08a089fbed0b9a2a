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

    /// <summary>For <see cref="FakeVeoFaultKind.SlowResponse"/>: how long the answer is held back.</summary>
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
    public static FakeVeoFault SlowResponse(TimeSpan delay)
        => delay < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay cannot be negative.")
            : new(FakeVeoFaultKind.SlowResponse, delay: delay);

    /// <summary>200 OK whose JSON body is cut off.</summary>
    public static FakeVeoFault MalformedBody() => new(FakeVeoFaultKind.MalformedBody);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FakeVeoFaultKind.RateLimited when RetryAfter is { } wait => $"{Kind} (Retry-After {wait})",
        FakeVeoFaultKind.SlowResponse => $"{Kind} ({Delay})",
        _ => Kind.ToString(),
    };
}
