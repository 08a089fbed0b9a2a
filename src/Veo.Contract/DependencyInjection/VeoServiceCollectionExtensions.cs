using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Veo.Contract;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="VeoClient"/> as a typed client through IHttpClientFactory.</summary>
public static class VeoServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient that talks to the task API (for <c>AddHttpClient(name)</c> customisations).</summary>
    public const string HttpClientName = "Veo.Contract";

    /// <summary>The name of the HttpClient that fetches videos from the storage links; it carries no API key.</summary>
    public const string DownloadHttpClientName = "Veo.Contract.Downloads";

    /// <summary>
    /// Adds <see cref="VeoClient"/>. Options come, in this order, from the <c>Veo</c> section of the registered
    /// IConfiguration (if any), then <paramref name="configure"/>, then VEO_API_KEY and VEO_BASE_URL for what is still unset.
    /// Retries, timeouts and limits are the client's own and the same as with the plain constructor (see
    /// <see cref="VeoClientOptions"/>); the factory's HttpClients get no Timeout of their own so that only those apply.
    /// Returns the API client's builder, e.g. to add a handler.
    /// </summary>
    public static IHttpClientBuilder AddVeoClient(this IServiceCollection services, Action<VeoClientOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions<VeoClientOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(VeoClientOptions.ConfigurationSectionName).Bind(options));
        return AddCore(services, configure);
    }

    /// <summary>Adds <see cref="VeoClient"/> with options bound from <paramref name="section"/> (e.g. <c>configuration.GetSection("Veo")</c>); see the other overload.</summary>
    public static IHttpClientBuilder AddVeoClient(this IServiceCollection services, IConfiguration section, Action<VeoClientOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        services.AddOptions<VeoClientOptions>().Bind(section);
        return AddCore(services, configure);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, Action<VeoClientOptions>? configure)
    {
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.PostConfigure<VeoClientOptions>(options => options.ApplyEnvironment());
        services.TryAddSingleton(TimeProvider.System);

        // Downloads can be long and go to another host: the client's DownloadTimeout applies, not HttpClient's 100 s.
        // The factory's own request logging writes every successful request at Information; the client logs what matters.
        services.AddHttpClient(DownloadHttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        var builder = services.AddHttpClient(HttpClientName);
        builder.AddTypedClient((http, provider) => new VeoClient(
            http,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(DownloadHttpClientName),
            provider.GetRequiredService<IOptions<VeoClientOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<VeoClient>()));

        // The client owns its timeouts (AttemptTimeout, TotalRequestTimeout); HttpClient's own 100 s would cut across them.
        // The base address comes from the options inside the client, so nothing else is set on the HttpClient.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        return builder;
    }
}
