using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Veo.Contract;
using Veo.Contract.Testing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points the <see cref="VeoClient"/> that <c>AddVeoClient</c> registers at a <see cref="FakeVeoServer"/>.</summary>
public static class FakeVeoHttpClientBuilderExtensions
{
    /// <summary>
    /// Sends everything the registered <see cref="VeoClient"/> does to <paramref name="fake"/>, in-process: task API
    /// calls and video downloads alike (both HttpClients AddVeoClient registers), with the fake's API key and
    /// <see cref="FakeVeoServer.InProcessAddress"/> as the base address, whatever configuration or VEO_API_KEY say.
    /// Retries and timeouts stay as configured. When the fake runs on a clock of its own (a FakeTimeProvider), that clock
    /// replaces the container's TimeProvider, so the client polls and checks link expiry on the same time as the fake
    /// (as <see cref="FakeVeoServer.CreateVeoClient"/> does); a fake on the system clock leaves the registration alone.
    /// Call it on the builder that <c>services.AddVeoClient()</c> returns.
    /// </summary>
    public static IHttpClientBuilder UseFakeVeoServer(this IHttpClientBuilder builder, FakeVeoServer fake)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (fake is null)
        {
            throw new ArgumentNullException(nameof(fake));
        }

        if (builder.Name != VeoServiceCollectionExtensions.HttpClientName)
        {
            throw new ArgumentException(
                $"UseFakeVeoServer applies to the builder that AddVeoClient returns (HttpClient '{VeoServiceCollectionExtensions.HttpClientName}'), not to '{builder.Name}'.",
                nameof(builder));
        }

        builder.ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);

        // Result links point at the fake's host, so the download client must reach the same in-process handler.
        builder.Services.AddHttpClient(VeoServiceCollectionExtensions.DownloadHttpClientName).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);

        // Registered after AddVeoClient's own configuration, so these win over the "Veo" section and the configure callback.
        builder.Services.Configure<VeoClientOptions>(options =>
        {
            options.ApiKey = fake.ApiKey;
            options.BaseAddress = FakeVeoServer.InProcessAddress;
        });

        // On two different clocks the client would see the fake's fresh links as long expired (or not yet made).
        if (!ReferenceEquals(fake.TimeProvider, TimeProvider.System))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(fake.TimeProvider));
        }

        return builder;
    }
}
