using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Veo.Contract;

/// <summary>
/// Client of the Veo task API. Checks every create request against the service's rules before it is sent, turns HTTP
/// errors into typed <see cref="VeoApiException"/>s, and runs a task's whole lifecycle through <see cref="VeoTaskOperation"/>.
/// Methods are virtual so tests can mock them.
/// </summary>
public class VeoClient
{
    private readonly VeoTasksTransport _transport;
    private readonly VideoDownloader _downloader;

    // Reported in VeoRequestTimeoutException when HttpClient.Timeout (not a resilience pipeline) stops a call.
    private readonly TimeSpan _httpTimeout;

    /// <summary>
    /// Creates a client over <paramref name="httpClient"/>; its BaseAddress is used when set, else the options'.
    /// The API key goes on each task request, never on the HttpClient's default headers, so video downloads from the
    /// storage host do not carry it. <c>services.AddVeoClient()</c> adds retries and timeouts; this constructor does not.
    /// </summary>
    public VeoClient(HttpClient httpClient, VeoClientOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null)
        : this(httpClient, null, options, timeProvider, logger)
    {
    }

    /// <summary>The DI constructor: video downloads go through their own HttpClient, without the API's retries and timeouts.</summary>
    internal VeoClient(HttpClient httpClient, HttpClient? downloadClient, VeoClientOptions? options, TimeProvider? timeProvider, ILogger? logger)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        Options = options ?? new VeoClientOptions();
        Options.EnsureUsable();
        TimeProvider = timeProvider ?? TimeProvider.System;
        Logger = logger ?? NullLogger.Instance;
        httpClient.BaseAddress ??= Options.BaseAddress ?? VeoClientOptions.DefaultBaseAddress;
        _transport = new VeoTasksTransport(httpClient) { ApiKey = Options.ApiKey };
        _downloader = new VideoDownloader(downloadClient ?? httpClient, TimeProvider, Options, Logger);
        _httpTimeout = httpClient.Timeout;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected VeoClient()
    {
        Options = new VeoClientOptions();
        TimeProvider = TimeProvider.System;
        Logger = NullLogger.Instance;
        _transport = new VeoTasksTransport(new HttpClient());
        _downloader = new VideoDownloader(new HttpClient(), TimeProvider, Options, Logger);
        _httpTimeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>The options this client was created with.</summary>
    public VeoClientOptions Options { get; }

    /// <summary>The clock for polling waits, deadlines and link expiry; a fake one in tests.</summary>
    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    /// <summary>
    /// Submits a generation request. Unless <see cref="VeoClientOptions.ValidateBeforeSend"/> is off, a request that
    /// breaks an error-severity rule throws <see cref="VeoValidationException"/> and nothing is sent.
    /// </summary>
    /// <exception cref="VeoApiException">The service refused the request (see its subclasses for 400, 401, 402, 429, 5xx).</exception>
    public virtual Task<CreateTaskResponse> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (Options.ValidateBeforeSend)
        {
            request.EnsureValid();
        }

        return Mapped(_transport.CreateTaskAsync(request, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Submits a generation request (validated like <see cref="CreateTaskAsync"/>) and returns a handle on the new task:
    /// wait for it, cancel it or download its video through the handle.
    /// </summary>
    public virtual async Task<VeoTaskOperation> SubmitAsync(CreateTaskRequest request, CancellationToken cancellationToken = default)
    {
        var created = await CreateTaskAsync(request, cancellationToken).ConfigureAwait(false);
        Logger.LogInformation("Task {TaskId} submitted ({Model}).", SecretRedactor.Redact(created.TaskId, Options.ApiKey), SecretRedactor.Redact(created.Model ?? request.Model, Options.ApiKey));
        var task = new VeoTask
        {
            TaskId = created.TaskId,
            Status = created.Status,
            Model = created.Model,
            Action = created.Action,
            Progress = created.Progress,
            CreatedAt = created.CreatedAt,
        };
        return new VeoTaskOperation(this, created.TaskId, task);
    }

    /// <summary>
    /// A handle on an existing task, from its id alone: resume waiting or download after a restart without submitting
    /// (and paying) again. Nothing is sent until the handle is used.
    /// </summary>
    public virtual VeoTaskOperation GetOperation(string taskId) => new(this, RequireTaskId(taskId));

    /// <summary>Reads a task's status, progress and, once ended, its result or error.</summary>
    /// <exception cref="VeoTaskNotFoundException">No task has this id.</exception>
    public virtual Task<VeoTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
        => Mapped(_transport.GetTaskAsync(RequireTaskId(taskId), cancellationToken), cancellationToken);

    /// <summary>Cancels a task that is still queued.</summary>
    /// <exception cref="VeoBadRequestException">The task is no longer queued.</exception>
    public virtual Task<CancelTaskResponse> CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
        => Mapped(_transport.CancelTaskAsync(RequireTaskId(taskId), cancellationToken), cancellationToken);

    /// <summary>
    /// Writes the video of a completed task to <paramref name="destination"/>. An expired link is refused before any
    /// request (<see cref="VeoDownloadLinkExpiredException"/>). On failure the stream may hold part of the video;
    /// use <see cref="DownloadVideoToFileAsync"/> to get all or nothing.
    /// </summary>
    /// <exception cref="VeoDownloadException">The download failed or was cut short.</exception>
    public virtual Task DownloadVideoAsync(VeoTask task, Stream destination, IProgress<VeoDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        return _downloader.DownloadAsync(task, destination, progress, cancellationToken);
    }

    /// <summary>
    /// Saves the video of a completed task to <paramref name="path"/> (folders are created, an existing file is replaced)
    /// and returns the full path. The file appears only once complete; on any failure nothing is left behind.
    /// </summary>
    /// <exception cref="VeoDownloadException">The download failed or was cut short.</exception>
    public virtual Task<string> DownloadVideoToFileAsync(VeoTask task, string path, IProgress<VeoDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        return AtomicFile.WriteAsync(path, file => _downloader.DownloadAsync(task, file, progress, cancellationToken));
    }

    private static string RequireTaskId(string taskId)
        => string.IsNullOrWhiteSpace(taskId)
            ? throw new ArgumentException("A task id is required (the task_id a create call returned).", nameof(taskId))
            : taskId;

    // The generated transport's exception carries the body in its message; it is replaced, not wrapped, so the public
    // error surface is the typed hierarchy and nothing the server echoed (such as the API key) leaks through InnerException.
    private async Task<T> Mapped<T>(Task<T> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (VeoTransportException failure)
        {
            if (failure.StatusCode is >= 200 and <= 299)
            {
                throw new VeoApiException(failure.StatusCode, null, "The response body is not the JSON the API describes.", null, SecretRedactor.Redact(failure.Response, Options.ApiKey));
            }

            throw VeoApiErrors.Create(failure.StatusCode, failure.Response, failure.Headers, TimeProvider.GetUtcNow(), Options.ApiKey, null);
        }
        catch (Polly.Timeout.TimeoutRejectedException timeout)
        {
            // AddVeoClient's timeouts surface as Polly's type; users catch ours.
            throw new VeoRequestTimeoutException(timeout.Timeout, timeout);
        }
        catch (TaskCanceledException cancelled) when (!cancellationToken.IsCancellationRequested)
        {
            // Nobody cancelled: HttpClient.Timeout passed (HttpClient reports it as a cancellation). Users catch one type for both.
            throw new VeoRequestTimeoutException(_httpTimeout, cancelled);
        }
    }
}
