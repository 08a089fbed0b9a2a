using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>A service provider with AddVeoClient, every log line captured, and both HttpClients pointed at a test server.</summary>
internal static class VeoServices
{
    public static ServiceProvider Build(
        Uri baseAddress,
        Func<HttpMessageHandler> server,
        RequestLog log,
        Action<VeoClientOptions>? configure = null,
        TimeProvider? clock = null,
        CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs ?? new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddVeoClient(options =>
            {
                options.ApiKey = Secrets.ApiKey;
                options.BaseAddress = baseAddress;

                // No real waiting between retries in tests; Retry-After headers still apply.
                options.RetryDelay = TimeSpan.Zero;
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(server(), log));
        services.AddHttpClient(VeoServiceCollectionExtensions.DownloadHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(server(), log));
        return services.BuildServiceProvider();
    }
}
