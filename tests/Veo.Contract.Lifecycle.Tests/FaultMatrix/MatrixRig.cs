using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.FaultMatrix;

/// <summary>
/// One fault-matrix case: a misbehaving server, a client built one of the two ways, every log line and exception text
/// captured (and written to captured-text.log), and a check that none holds the key in any encoding. On the test clock
/// (the default) the limits are as long as in production and pass at once when the server stalls; on real time or a
/// frozen clock they are short, and real time ends them.
/// </summary>
internal sealed class MatrixRig : IAsyncDisposable
{
    /// <summary>Room for a loaded 2-core machine on top of a configured limit, in real time; a hang would take minutes.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(3);

    // Ends a call the client fails to bound, so a regression fails the case instead of hanging the run. On the test
    // clock a case takes milliseconds and the client's real-time backstops are 30 s or more: 10 s tells them apart.
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RealTimeWatchdog = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider? _services;
    private readonly TimeProvider _clock;

    public MatrixRig(
        Construction construction,
        Func<ServerRequest, Func<ServerConnection, Task>> script,
        Action<VeoClientOptions>? configure = null,
        MatrixTiming timing = MatrixTiming.TestClock)
    {
        Key = KeyFor(construction);
        Timing = timing;
        TestClock = timing == MatrixTiming.TestClock ? new TestClock() : null;
        _clock = timing switch
        {
            MatrixTiming.TestClock => TestClock!,
            MatrixTiming.FrozenClock => new FakeTimeProvider(TestClock.Start),
            _ => TimeProvider.System,
        };
        Server = new MisbehavingServer(script, stalled: TestClock is null ? null : TestClock.Stalled);
        Options = timing == MatrixTiming.TestClock ? LongLimits() : ShortLimits();
        Options.ApiKey = Key;
        Options.BaseAddress = Server.Address;
        configure?.Invoke(Options);
        if (construction == Construction.Plain)
        {
            var logger = LoggerFactory.Create(logging => logging.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace)).CreateLogger<VeoClient>();
            Client = new VeoClient(new HttpClient(), Options, _clock, logger);
        }
        else
        {
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
            services.AddSingleton(_clock);
            services.AddVeoClient(options => Copy(Options, options));
            _services = services.BuildServiceProvider();
            Client = _services.GetRequiredService<VeoClient>();
        }
    }

    public string Key { get; }

    public MisbehavingServer Server { get; }

    public VeoClientOptions Options { get; }

    public VeoClient Client { get; }

    public MatrixTiming Timing { get; }

    /// <summary>The client's clock when the case runs on the test clock; null on real time or a frozen clock.</summary>
    public TestClock? TestClock { get; }

    public TempFolder Folder { get; } = new();

    /// <summary>Keys with every character JSON, URL and base64 encoders treat specially; one per construction.</summary>
    public static string KeyFor(Construction construction)
        => construction == Construction.Plain ? "vk+Matrix/Plain=5%2Bq8Zr" : "vk+Matrix/Inject=7%41w3Ty";

    public int Requests(Func<ServerRequest, bool> which) => Server.Requests.Count(which);

    /// <summary>
    /// Runs <paramref name="call"/>, which must fail with <typeparamref name="T"/>; returns the error and the time it took
    /// (on the test clock when the case runs on it, else in real time).
    /// </summary>
    public async Task<(T Error, TimeSpan Elapsed)> FailsWith<T>(Func<CancellationToken, Task> call)
        where T : VeoException // every failure the matrix provokes must reach the caller as the client's own type
    {
        var before = CapturedText.Snapshot().Count;
        using var watchdog = new CancellationTokenSource(TestClock is null ? RealTimeWatchdog : Watchdog);
        var (error, elapsed) = await TimedAsync(() => Record.ExceptionAsync(() => Run(call(watchdog.Token))));
        Assert.True(error is T, $"Expected {typeof(T).Name} but got {(error is null ? "success" : error.GetType().Name + ": " + error.Message)} after {elapsed.TotalMilliseconds:0} ms.");
        CapturedText.Exception(error!);
        AssertNoKeySince(before, expectText: true);
        return ((T)error!, elapsed);
    }

    /// <summary>Runs <paramref name="call"/>, which must succeed; checks the logs it wrote.</summary>
    public async Task<T> Succeeds<T>(Func<CancellationToken, Task<T>> call)
    {
        var before = CapturedText.Snapshot().Count;
        using var watchdog = new CancellationTokenSource(TestClock is null ? RealTimeWatchdog : Watchdog);
        var result = await (TestClock is null ? call(watchdog.Token) : TestClock.RunAsync(call(watchdog.Token)));
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

    // As in production, or near it: only a stall passed on the test clock can make these pass.
    private static VeoClientOptions LongLimits() => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalRequestTimeout = TimeSpan.FromSeconds(80),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromSeconds(2),
        PollingInterval = TimeSpan.FromSeconds(10),
        MaxPollingInterval = TimeSpan.FromSeconds(20),
        WaitTimeout = TimeSpan.FromSeconds(60),
        DownloadTimeout = TimeSpan.FromSeconds(40),
        MaxDownloadBytes = 1 << 20,
    };

    // Short, so the real-time cases stay cheap; on a loaded machine one may pass before the server has read the request.
    private static VeoClientOptions ShortLimits() => new()
    {
        AttemptTimeout = TimeSpan.FromMilliseconds(200),
        TotalRequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        PollingInterval = TimeSpan.FromMilliseconds(100),
        MaxPollingInterval = TimeSpan.FromMilliseconds(200),
        WaitTimeout = TimeSpan.FromMilliseconds(600),
        DownloadTimeout = TimeSpan.FromMilliseconds(250),
        MaxDownloadBytes = 1 << 20,
    };

    private Task Run(Task work) => TestClock is null ? work : TestClock.RunAsync(work);

    private async Task<(Exception? Error, TimeSpan Elapsed)> TimedAsync(Func<Task<Exception?>> work)
    {
        var started = _clock.GetTimestamp();
        var real = Stopwatch.StartNew();
        var error = await work();
        return (error, TestClock is null ? real.Elapsed : _clock.GetElapsedTime(started));
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
