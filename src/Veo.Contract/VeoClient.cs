using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract;

/// <summary>
/// Client of the Veo task API. Checks every create request against the service's rules before it is sent.
/// Methods are virtual so tests can mock them.
/// </summary>
public class VeoClient
{
    private readonly VeoTasksTransport _transport;

    /// <summary>Creates a client over <paramref name="httpClient"/>; its BaseAddress is used when set, else the options'.</summary>
    public VeoClient(HttpClient httpClient, VeoClientOptions? options = null)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        Options = options ?? new VeoClientOptions();
        httpClient.BaseAddress ??= Options.BaseAddress ?? VeoClientOptions.DefaultBaseAddress;
        if (!string.IsNullOrEmpty(Options.ApiKey) && httpClient.DefaultRequestHeaders.Authorization is null)
        {
            httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Options.ApiKey);
        }

        _transport = new VeoTasksTransport(httpClient);
    }

    /// <summary>For mocking frameworks only.</summary>
    protected VeoClient()
    {
        Options = new VeoClientOptions();
        _transport = new VeoTasksTransport(new HttpClient());
    }

    /// <summary>The options this client was created with.</summary>
    public VeoClientOptions Options { get; }

    /// <summary>
    /// Submits a generation request. Unless <see cref="VeoClientOptions.ValidateBeforeSend"/> is off, a request that
    /// breaks an error-severity rule throws <see cref="VeoValidationException"/> and nothing is sent.
    /// </summary>
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

        return _transport.CreateTaskAsync(request, cancellationToken);
    }

    /// <summary>Reads a task's status, progress and, once ended, its result or error.</summary>
    public virtual Task<VeoTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
        => _transport.GetTaskAsync(RequireTaskId(taskId), cancellationToken);

    /// <summary>Cancels a task that is still queued.</summary>
    public virtual Task<CancelTaskResponse> CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
        => _transport.CancelTaskAsync(RequireTaskId(taskId), cancellationToken);

    private static string RequireTaskId(string taskId)
        => string.IsNullOrWhiteSpace(taskId)
            ? throw new ArgumentException("A task id is required (the task_id a create call returned).", nameof(taskId))
            : taskId;
}
