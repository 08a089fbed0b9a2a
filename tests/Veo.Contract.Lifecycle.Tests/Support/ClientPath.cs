using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// The two ways to build a client, for tests that must behave the same through both: the plain constructor on a new
/// HttpClient, and AddVeoClient through IHttpClientFactory. Both get no back-off delay (Retry-After still applies).
/// </summary>
internal static class ClientPath
{
    public const string Plain = "new VeoClient(new HttpClient(...))";
    public const string Injected = "AddVeoClient()";

    public static readonly Uri Address = new("https://veo.pipeline.test/");

    public static (VeoClient Client, IDisposable Owner) Build(
        string path,
        HttpMessageHandler server,
        Action<VeoClientOptions>? configure = null,
        ILoggerProvider? logs = null,
        TimeProvider? clock = null)
    {
        void Configure(VeoClientOptions options)
        {
            options.ApiKey = Secrets.ApiKey;
            options.BaseAddress = Address;
            options.RetryDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        }

        var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs ?? new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
        if (path == Plain)
        {
            var options = new VeoClientOptions();
            Configure(options);
            var http = new HttpClient(server);
            return (new VeoClient(http, options, clock, loggers.CreateLogger<VeoClient>()), http);
        }

        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddVeoClient(Configure).ConfigurePrimaryHttpMessageHandler(() => server);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<VeoClient>(), provider);
    }
}
