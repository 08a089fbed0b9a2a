namespace Veo.Contract.Testing;

/// <summary>What an injected fault does to the call it hits.</summary>
public enum FakeVeoFaultKind
{
    /// <summary>429 <c>rate_limited</c>, with a <c>Retry-After</c> header when one was given.</summary>
    RateLimited,

    /// <summary>500 <c>internal_error</c>.</summary>
    ServerError,

    /// <summary>402 <c>insufficient_balance</c>.</summary>
    InsufficientBalance,

    /// <summary>The connection is dropped without an answer.</summary>
    DropConnection,

    /// <summary>The normal answer, after a delay measured on the server's clock.</summary>
    SlowResponse,

    /// <summary>200 with a body that is not valid JSON.</summary>
    MalformedBody,

    /// <summary>The call takes effect (a create makes its task), then the answer is 500 <c>internal_error</c>.</summary>
    CreatedThenServerError,

    /// <summary>The call takes effect (a create makes its task), then the connection is dropped without an answer.</summary>
    CreatedThenDropConnection,

    /// <summary>The call takes effect (a create makes its task) at once; its answer comes after a delay on the server's clock.</summary>
    CreatedThenSlowResponse,
}
