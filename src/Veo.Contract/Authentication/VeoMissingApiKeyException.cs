namespace Veo.Contract;

/// <summary>
/// The client has no API key, so it refused a task request before sending it (nothing reached the service).
/// Set <see cref="VeoClientOptions.ApiKey"/>: <c>VEO_API_KEY</c> fills it through <see cref="VeoClientOptions.ApplyEnvironment"/>
/// and <c>AddVeoClient()</c>, the configuration key <c>Veo:ApiKey</c> through <c>AddVeoClient()</c>. When a gateway or
/// your own handler authenticates the requests, set <see cref="VeoClientOptions.AuthenticationHandledElsewhere"/> instead.
/// </summary>
public class VeoMissingApiKeyException : VeoException
{
    // Where a key is read from, and the way out for gateways.
    private const string DefaultMessage =
        "No API key is set, so nothing was sent to the Veo API. Set the VEO_API_KEY environment variable (read by "
        + "VeoClientOptions.ApplyEnvironment() and AddVeoClient()), the configuration key Veo:ApiKey (read by AddVeoClient()), "
        + "or VeoClientOptions.ApiKey. If a gateway or your own handler authenticates the requests, set "
        + "VeoClientOptions.AuthenticationHandledElsewhere (Veo:AuthenticationHandledElsewhere) to true.";

    /// <summary>Creates the exception; its message says where the client reads a key from.</summary>
    public VeoMissingApiKeyException()
        : base(DefaultMessage)
    {
    }
}
