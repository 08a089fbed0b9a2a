using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>
/// One fault-matrix case: a misbehaving server, a client built one of the two ways with short limits, every log line and
/// exception text captured (and written to captured-text.log), and a check that none holds the key in any encoding.
/// </summary>
internal sealed class MatrixRig : IAsyncDisposable
{
    /// <summary>Room for a loaded 2-core machine on top of a configured limit; a hang would take minutes.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(3);

    // Ends a call the client fails to bound, so a regression fails the case instead of hanging the run.
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider? _services;

    public MatrixRig(Construction construction, Func<ServerRequest, Func<ServerConnection, Task>> script, Action<VeoClientOptions>? configure = null)
    {
        Key = KeyFor(construction);
        Server = new MisbehavingServer(script);
        Options = new VeoClientOptions
        {
            ApiKey = Key,
            BaseAddress = Server.Address,
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            TotalRequestTimeout = TimeSpan.FromMilliseconds(800),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            PollingInterval = TimeSpan.FromMilliseconds(100),
            MaxPollingInterval = TimeSpan.FromMilliseconds(200),
            WaitTimeout = TimeSpan.FromMilliseconds(600),
            DownloadTimeout = TimeSpan.FromMilliseconds(400),
            MaxDownloadBytes = 1 << 20,
        };
        configure?.Invoke(Options);
        if (construction == Construction.Plain)
        {
            var logger = LoggerFactory.Create(logging => logging.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace)).CreateLogger<VeoClient>();
            Client = new VeoClient(new HttpClient(), Options, logger: logger);
        }
        else
        {
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
            services.AddVeoClient(options => Copy(Options, options));
            _services = services.BuildServiceProvider();
            Client = _services.GetRequiredService<VeoClient>();
        }
    }

    public string Key { get; }

    public MisbehavingServer Server { get; }

    public VeoClientOptions Options { get; }

    public VeoClient Client { get; }

    public TempFolder Folder { get; } = new();

    /// <summary>Keys with every character JSON, URL and base64 encoders treat specially; one per construction.</summary>
    public static string KeyFor(Construction construction)
        => construction == Construction.Plain ? "vk+Matrix/Plain=5%2Bq8Zr" : "vk+Matrix/Inject=7%41w3Ty";

    public int Requests(Func<ServerRequest, bool> which) => Server.Requests.Count(which);

    /// <summary>Runs <paramref name="call"/>, which must fail with <typeparamref name="T"/>; returns the error and the time it took.</summary>
    public async Task<(T Error, TimeSpan Elapsed)> FailsWith<T>(Func<CancellationToken, Task> call)
        where T : VeoException // every failure the matrix provokes must reach the caller as the client's own type
    {
        var before = CapturedText.Snapshot().Count;
        using var watchdog = new CancellationTokenSource(Watchdog);
        var clock = Stopwatch.StartNew();
        var error = await Record.ExceptionAsync(() => call(watchdog.Token));
        var elapsed = clock.Elapsed;
        Assert.True(error is T, $"Expected {typeof(T).Name} but got {(error is null ? "success" : error.GetType().Name + ": " + error.Message)} after {elapsed.TotalMilliseconds:0} ms.");
        CapturedText.Exception(error!);
        AssertNoKeySince(before, expectText: true);
        return ((T)error!, elapsed);
    }

    /// <summary>Runs <paramref name="call"/>, which must succeed; checks the logs it wrote.</summary>
    public async Task<T> Succeeds<T>(Func<CancellationToken, Task<T>> call)
    {
        var before = CapturedText.Snapshot().Count;
        using var watchdog = new CancellationTokenSource(Watchdog);
        var result = await call(watchdog.Token);
        AssertNoKeySince(before, expectText: false);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Server.DisposeAsync();
        Folder.Dispose();
    }

    private static void Copy(VeoClientOptions from, VeoClientOptions to)
    {
        to.ApiKey = from.ApiKey;
        to.BaseAddress = from.BaseAddress;
        to.AttemptTimeout = from.AttemptTimeout;
        to.TotalRequestTimeout = from.TotalRequestTimeout;
        to.MaxRetries = from.MaxRetries;
        to.RetryDelay = from.RetryDelay;
        to.PollingInterval = from.PollingInterval;
        to.MaxPollingInterval = from.MaxPollingInterval;
        to.WaitTimeout = from.WaitTimeout;
        to.DownloadTimeout = from.DownloadTimeout;
        to.MaxDownloadBytes = from.MaxDownloadBytes;
        to.ValidateBeforeSend = from.ValidateBeforeSend;
    }

    // Other test classes add their own lines meanwhile; they use other keys, so scanning them too is harmless.
    private void AssertNoKeySince(int before, bool expectText)
    {
        var captured = CapturedText.Snapshot().Skip(before).ToList();
        Assert.True(!expectText || captured.Count > 0, "Nothing was captured, so the scan would prove nothing.");
        foreach (var text in captured)
        {
            var found = KeyForms.FoundIn(text, Key).ToList();
            Assert.True(found.Count == 0, $"The key leaked ({string.Join(", ", found)}) into: {text}");
        }
    }
}
