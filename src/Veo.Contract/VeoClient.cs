using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Veo.Contract;

/// <summary>
/// Client of the Veo task API. Checks every create request against the service's rules before it is sent, turns HTTP
/// errors into typed <see cref="VeoApiException"/>s, and runs a task's whole lifecycle through <see cref="VeoTaskOperation"/>.
/// Retries, timeouts and body limits (<see cref="VeoClientOptions"/>) are the client's own, so they are the same however
/// it is built. Methods are virtual so tests can mock them.
/// </summary>
public class VeoClient
{
    private static readonly Func<CreateTaskResponse, string?> RequireTaskIdInAnswer = created => string.IsNullOrEmpty(created.TaskId)
        ? "The service accepted the create request but sent no task_id: the task may have been created and billed. Check the account's tasks before submitting again."
        : null;

    private readonly VeoHttpPipeline _pipeline;
    private readonly VideoDownloader _downloader;

    /// <summary>
    /// Creates a client over <paramref name="httpClient"/>, which is used as is and never modified. Requests go to the
    /// HttpClient's BaseAddress when set, else to <see cref="VeoClientOptions.BaseAddress"/>, else to
    /// <see cref="VeoClientOptions.DefaultBaseAddress"/>. The API key goes on each task request, never on the HttpClient's
    /// default headers, so video downloads from the storage host do not carry it. Retries and timeouts are the same as
    /// with <c>services.AddVeoClient()</c>; the HttpClient's own Timeout (100 s unless changed) still applies on top.
    /// </summary>
    public VeoClient(HttpClient httpClient, VeoClientOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null)
        : this(httpClient, null, options, timeProvider, logger)
    {
    }

    /// <summary>The DI constructor: video downloads go through their own HttpClient.</summary>
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
        if (Options.TakeSchemeReport())
        {
            Logger.LogWarning("The API key was given with its scheme ('Bearer ...'); the client uses the key without it. Set the key alone to silence this warning.");
        }

        BaseAddress = httpClient.BaseAddress ?? Options.BaseAddress ?? VeoClientOptions.DefaultBaseAddress;
        _pipeline = new VeoHttpPipeline(httpClient, BaseAddress, Options, TimeProvider, Logger);
        _downloader = new VideoDownloader(downloadClient ?? httpClient, TimeProvider, Options, Logger);
    }

    /// <summary>For mocking frameworks only.</summary>
    protected VeoClient()
    {
        Options = new VeoClientOptions();
        TimeProvider = TimeProvider.System;
        Logger = NullLogger.Instance;
        BaseAddress = VeoClientOptions.DefaultBaseAddress;
        _pipeline = new VeoHttpPipeline(new HttpClient(), BaseAddress, Options, TimeProvider, Logger);
        _downloader = new VideoDownloader(new HttpClient(), TimeProvider, Options, Logger);
    }

    /// <summary>The options this client was created with.</summary>
    public VeoClientOptions Options { get; }

    /// <summary>Where task requests go: the HttpClient's BaseAddress, else the options', else the vendor's production endpoint.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The clock for polling waits, retry back-off, deadlines and link expiry, and for the attempt, overall and download
    /// timeouts, which real time also ends (whichever passes first); a fake one in tests.
    /// </summary>
    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    /// <summary>
    /// Submits a generation request. Unless <see cref="VeoClientOptions.ValidateBeforeSend"/> is off, a request that
    /// breaks an error-severity rule throws <see cref="VeoValidationException"/> and nothing is sent.
    /// </summary>
    /// <exception cref="VeoMissingApiKeyException">The client has no API key; nothing was sent.</exception>
    /// <exception cref="VeoApiException">The service refused the request (see its subclasses for 400, 401, 402, 429, 5xx).</exception>
    /// <exception cref="VeoRequestTimeoutException">No complete answer in time; the task may still have been created.</exception>
    /// <exception cref="VeoConnectionException">The connection failed; unless nothing was sent, the task may still have been created.</exception>
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

        var body = JsonSerializer.SerializeToUtf8Bytes(request, VeoJsonContext.Default.CreateTaskRequest);
        return _pipeline.SendAsync(
            new VeoCall(VeoRequestKind.Create),
            VeoOperations.CreateTask,
            null,
            body,
            VeoJsonContext.Default.CreateTaskResponse,
            RequireTaskIdInAnswer,
            cancellationToken);
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
        => ReadTaskAsync(RequireTaskId(taskId), new VeoCall(VeoRequestKind.Read), cancellationToken);

    /// <summary>
    /// Cancels a task that is still queued. When a retried cancel is told the task is no longer cancellable, an earlier
    /// attempt may have cancelled it already: the task is read, and a cancelled task counts as success.
    /// </summary>
    /// <exception cref="VeoBadRequestException">The task is no longer queued.</exception>
    public virtual async Task<CancelTaskResponse> CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        RequireTaskId(taskId);
        try
        {
            return await _pipeline.SendAsync(
                new VeoCall(VeoRequestKind.Cancel),
                VeoOperations.CancelTask,
                taskId,
                null,
                VeoJsonContext.Default.CancelTaskResponse,
                null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (VeoBadRequestException refused) when (refused.AfterUncertainAttempt && refused.ErrorCode == VeoErrorCodes.TaskNotCancellable)
        {
            var task = await GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (task.Status != VeoTaskStatuses.Cancelled)
            {
                throw;
            }

            Logger.LogDebug("Task {TaskId}: an earlier cancel attempt went through; the retry was refused.", taskId);
            return new CancelTaskResponse { TaskId = task.TaskId ?? taskId, Status = VeoTaskStatuses.Cancelled };
        }
    }

    /// <summary>
    /// Writes the video of a completed task to <paramref name="destination"/>. An expired link is refused before any
    /// request (<see cref="VeoDownloadLinkExpiredException"/>). On failure the stream may hold part of the video;
    /// use <see cref="DownloadVideoToFileAsync"/> to get all or nothing.
    /// </summary>
    /// <exception cref="VeoDownloadDestinationException">The stream refused the bytes (its error is the inner exception).</exception>
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

        var guarded = new GuardedDestination(destination, (error, bytes) => new VeoDownloadDestinationException(
            $"Could not write the video of task '{task.TaskId}' to the destination stream after {bytes} bytes: {error.Message} ({error.GetType().Name}).",
            task.TaskId,
            null,
            bytes,
            error));
        return _downloader.DownloadAsync(task, guarded, progress, cancellationToken);
    }

    /// <summary>
    /// Saves the video of a completed task to <paramref name="path"/> and returns the full path of the file. A path that
    /// names a folder (ending in a separator, such as <c>out/</c>, or an existing directory) gets a file named after the
    /// task, <c>&lt;task id&gt;.mp4</c>; folders are created and an existing file is replaced. The file appears only once
    /// complete; on any failure nothing is left behind.
    /// </summary>
    /// <exception cref="VeoDownloadDestinationException">The file cannot be written (named as given; the file error is the inner exception).</exception>
    /// <exception cref="VeoDownloadException">The download failed or was cut short.</exception>
    public virtual Task<string> DownloadVideoToFileAsync(VeoTask task, string path, IProgress<VeoDownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        return SaveVideoAsync(task, VideoDestination.For(path, task.TaskId), progress, cancellationToken);
    }

    /// <summary>Saves the video to a destination already worked out (and perhaps checked before a wait).</summary>
    internal Task<string> SaveVideoAsync(VeoTask task, VideoDestination destination, IProgress<VeoDownloadProgress>? progress, CancellationToken cancellationToken)
        => destination.WriteAsync(file => _downloader.DownloadAsync(task, file, progress, cancellationToken));

    /// <summary>A status read for a wait: bounded by the wait's remaining time, its 429s left to the wait's schedule.</summary>
    internal Task<VeoTask> ReadTaskAsync(string taskId, VeoCall call, CancellationToken cancellationToken)
        => _pipeline.SendAsync(call, VeoOperations.GetTask, taskId, null, VeoJsonContext.Default.VeoTask, null, cancellationToken);

    private static string RequireTaskId(string taskId)
        => string.IsNullOrWhiteSpace(taskId)
            ? throw new ArgumentException("A task id is required (the task_id a create call returned).", nameof(taskId))
            : taskId;
}
