using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Veo.Contract.Testing;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Builds clients the way the tests need them: on a stub or on the fake, on a test clock, logging into <see cref="CapturedText"/>.</summary>
internal static class Clients
{
    public static readonly Uri StubAddress = new("https://veo.stub.test/");

    public static ILogger Logger { get; } = LoggerFactory.Create(logging => logging.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace)).CreateLogger<VeoClient>();

    public static VeoClientOptions Options(Action<VeoClientOptions>? configure = null)
    {
        var options = new VeoClientOptions { ApiKey = Secrets.ApiKey };
        configure?.Invoke(options);
        return options;
    }

    public static VeoClient OnStub(HttpMessageHandler handler, TimeProvider clock, Action<VeoClientOptions>? configure = null)
        => new(new HttpClient(handler) { BaseAddress = StubAddress }, Options(configure), clock, Logger);

    public static FakeVeoServer FakeServer(TestClock clock, Action<FakeVeoServerOptions>? configure = null)
    {
        var options = new FakeVeoServerOptions { ApiKey = Secrets.ApiKey, TimeProvider = clock.Fake };
        configure?.Invoke(options);
        return new FakeVeoServer(options);
    }

    public static VeoClient OnFake(HttpMessageHandler handler, TimeProvider clock, Action<VeoClientOptions>? configure = null)
        => new(new HttpClient(handler) { BaseAddress = FakeVeoServer.InProcessAddress }, Options(configure), clock, Logger);

    /// <summary>The vendor's own example request (the seed page): veo-3.1, 16:9, 8 s, 1080p.</summary>
    public static CreateTaskRequest VendorExample() => new()
    {
        Model = VeoModels.Veo31,
        Action = VeoActions.Generate,
        Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
        AspectRatio = AspectRatio.Landscape16x9,
        Duration = 8,
        Resolution = Resolution.FullHd1080p,
    };
}
