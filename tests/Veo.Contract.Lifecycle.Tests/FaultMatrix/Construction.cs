namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>The two ways a user builds a client; every fault must end the same way for both.</summary>
public enum Construction
{
    /// <summary><c>new VeoClient(new HttpClient(), options)</c>, the README's first example.</summary>
    Plain,

    /// <summary><c>services.AddVeoClient(...)</c> through a ServiceCollection and IHttpClientFactory.</summary>
    Injected,
}
