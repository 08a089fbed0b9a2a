using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Testing.Core;

namespace Veo.Contract.Testing;

/// <summary>
/// A fake of the Veo task API for tests: it validates create requests with the spec's rules (400 with the rule id
/// as <c>error.code</c>), runs tasks through queued, processing and completed on its <see cref="TimeProvider"/>,
/// serves a real 24 fps MP4 at the result's link, and answers with injected faults on request.
/// Use it in-process (<see cref="CreateHandler"/>, <see cref="CreateHttpClient"/>) or on loopback (<see cref="StartLoopbackAsync"/>);
/// both share the same tasks and faults.
/// </summary>
public sealed class FakeVeoServer : IAsyncDisposable
{
    /// <summary>The API key a server accepts unless <see cref="FakeVeoServerOptions.ApiKey"/> says otherwise.</summary>
    public const string DefaultApiKey = "fake-veo-key";

    /// <summary>The failure message of tasks failed through <see cref="FailTask"/> or <see cref="FailNextTasks"/>.</summary>
    public const string DefaultFailureMessage = "The fake server failed this task on request.";

    private readonly FakeVeoRequestProcessor _processor;
    private readonly SemaphoreSlim _hostGate = new(1, 1);
    private FakeVeoLoopbackHost? _host;

    /// <summary>Creates a fake with default options: key <see cref="DefaultApiKey"/>, system clock.</summary>
    public FakeVeoServer()
        : this(new FakeVeoServerOptions())
    {
    }

    /// <summary>Creates a fake with the given options (copied now; later changes to them have no effect).</summary>
    public FakeVeoServer(FakeVeoServerOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        ApiKey = options.ApiKey;
        _processor = new FakeVeoRequestProcessor(options, new FaultQueue());
    }

    /// <summary>
    /// The base address in-process clients use; any host works, and links in answers follow the request URI unless
    /// <see cref="FakeVeoServerOptions.PublicBaseAddress"/> is set.
    /// </summary>
    public static Uri InProcessAddress { get; } = new("http://fake-veo.test/");

    /// <summary>The API key this fake accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The clock that drives tasks, links and slow responses.</summary>
    public TimeProvider TimeProvider => _processor.Time;

    /// <summary>Where the loopback server listens (ending in '/'), or null when it is not running.</summary>
    public Uri? LoopbackAddress => _host?.Address;

    /// <summary>How many tasks the fake holds now: those created, less those forgotten after <see cref="FakeVeoServerOptions.TaskRetention"/> or evicted by <see cref="FakeVeoServerOptions.MaxStoredTasks"/>.</summary>
    public int TaskCount => _processor.Tasks.Count(_processor.Time.GetUtcNow());

    /// <summary>
    /// The tasks the fake holds, oldest first, as they are now. A create whose answer was lost (see
    /// <see cref="FakeVeoFault.CreatedThenServerError"/>) still shows here: find it by its prompt.
    /// </summary>
    public IReadOnlyList<FakeVeoTaskInfo> Tasks
    {
        get
        {
            var now = _processor.Time.GetUtcNow();
            return _processor.Tasks.Snapshot(now).ConvertAll(task => new FakeVeoTaskInfo(task, now));
        }
    }

    /// <summary>How many injected faults are still waiting for a call.</summary>
    public int PendingFaults => _processor.Faults.Count;

    /// <summary>A handler that serves requests in-process. Give its HttpClient a BaseAddress (any absolute URI).</summary>
    public HttpMessageHandler CreateHandler() => new FakeVeoHttpMessageHandler(_processor);

    /// <summary>An in-process HttpClient with <see cref="InProcessAddress"/> as its base address and no credentials.</summary>
    public HttpClient CreateHttpClient() => new(CreateHandler()) { BaseAddress = InProcessAddress };

    /// <summary>
    /// A <see cref="VeoClient"/> talking to this fake in-process, on the fake's clock (so advancing a fake clock
    /// drives both). Without <paramref name="options"/> it sends <see cref="ApiKey"/>; with them, exactly what they
    /// say. Options without a key get <see cref="VeoClientOptions.AuthenticationHandledElsewhere"/> set, so the client
    /// sends its requests without one (instead of refusing them) and a test sees the fake's 401.
    /// </summary>
    public VeoClient CreateVeoClient(VeoClientOptions? options = null)
    {
        if (options is null)
        {
            options = new VeoClientOptions { ApiKey = ApiKey };
        }
        else if (string.IsNullOrEmpty(options.ApiKey))
        {
            options.AuthenticationHandledElsewhere = true;
        }

        return new(CreateHttpClient(), options, TimeProvider);
    }

    /// <summary>
    /// Starts a real HTTP server (Kestrel) for the same fake. The default <c>http://127.0.0.1:0</c> picks a free
    /// port; the address actually used is returned and kept in <see cref="LoopbackAddress"/>.
    /// </summary>
    public async Task<Uri> StartLoopbackAsync(string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        await _hostGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_host is not null)
            {
                throw new InvalidOperationException($"The loopback server is already running at {_host.Address}.");
            }

            _host = await FakeVeoLoopbackHost.StartAsync(_processor, url, cancellationToken).ConfigureAwait(false);
            return _host.Address;
        }
        finally
        {
            _hostGate.Release();
        }
    }

    /// <summary>Stops the loopback server if it runs; tasks are kept.</summary>
    public async Task StopLoopbackAsync()
    {
        await _hostGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_host is not null)
            {
                await _host.DisposeAsync().ConfigureAwait(false);
                _host = null;
            }
        }
        finally
        {
            _hostGate.Release();
        }
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> task API calls (create, get, cancel; not video downloads) answer
    /// with <paramref name="fault"/> instead of normally. Faults queue up in the order injected.
    /// </summary>
    public void InjectFault(FakeVeoFault fault, int times = 1)
    {
        if (fault is null)
        {
            throw new ArgumentNullException(nameof(fault));
        }

        if (times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "A fault must apply to at least one call.");
        }

        _processor.Faults.Add(fault, times);
    }

    /// <summary>Drops every fault not yet used.</summary>
    public void ClearFaults() => _processor.Faults.Clear();

    /// <summary>
    /// Fails a task now: its status becomes <c>failed</c> with <c>error.code = task_failed</c>.
    /// Returns false when no task has this id or it has already ended.
    /// </summary>
    public bool FailTask(string taskId, string message = DefaultFailureMessage)
    {
        var now = _processor.Time.GetUtcNow();
        return _processor.Tasks.TryGet(taskId, now, out var task) && task.TryFail(now, message);
    }

    /// <summary>The task with this id as it is now, or null when the fake holds none (never created, or forgotten).</summary>
    public FakeVeoTaskInfo? FindTask(string taskId)
    {
        if (taskId is null)
        {
            throw new ArgumentNullException(nameof(taskId));
        }

        var now = _processor.Time.GetUtcNow();
        return _processor.Tasks.TryGet(taskId, now, out var task) ? new FakeVeoTaskInfo(task, now) : null;
    }

    /// <summary>The next <paramref name="count"/> tasks created fail (task_failed) when they would have completed.</summary>
    public void FailNextTasks(int count, string message = DefaultFailureMessage)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Fail at least one task.");
        }

        _processor.Tasks.FailNext(count, message);
    }

    /// <summary>Stops the loopback server if it runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopLoopbackAsync().ConfigureAwait(false);
        _hostGate.Dispose();
    }
}
