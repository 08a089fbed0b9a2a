using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Veo.Contract;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="VeoClient"/> as a typed client through IHttpClientFactory, with retries and timeouts.</summary>
public static class VeoServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient that talks to the task API (for <c>AddHttpClient(name)</c> customisations).</summary>
    public const string HttpClientName = "Veo.Contract";

    /// <summary>The name of the HttpClient that fetches videos from the storage links; it carries no API key and no retries.</summary>
    public const string DownloadHttpClientName = "Veo.Contract.Downloads";

    /// <summary>
    /// Adds <see cref="VeoClient"/>. Options come, in this order, from the <c>Veo</c> section of the registered
    /// IConfiguration (if any), then <paramref name="configure"/>, then VEO_API_KEY and VEO_BASE_URL for what is still unset.
    /// The API client retries status reads and cancels with jitter on 429, 5xx and network errors, never retries a create
    /// call that may have created a task, and has a timeout per attempt and overall (see <see cref="VeoClientOptions"/>).
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

        // Downloads can be long and go to another host: no API retries or per-attempt timeout, the client's own deadline applies.
        services.AddHttpClient(DownloadHttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);

        var builder = services.AddHttpClient(HttpClientName);
        builder.AddTypedClient((http, provider) => new VeoClient(
            http,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(DownloadHttpClientName),
            provider.GetRequiredService<IOptions<VeoClientOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<VeoClient>()));
        builder.ConfigureHttpClient((provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<VeoClientOptions>>().Value.BaseAddress ?? VeoClientOptions.DefaultBaseAddress;

            // The resilience pipeline owns the timeouts; HttpClient's own 100 s would cut across them.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.AddResilienceHandler("veo", (pipeline, context) =>
            VeoResiliencePipeline.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<VeoClientOptions>>().Value));
        return builder;
    }
}
