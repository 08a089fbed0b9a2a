using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Testing.Video;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// The one request-handling core behind both hosts (in-process handler and Kestrel): routing, faults,
/// authentication, validation and the task lifecycle.
/// </summary>
internal sealed class FakeVeoRequestProcessor
{
    private readonly byte[] _apiKey;
    private readonly TimeProvider _time;
    private readonly TimeSpan _queued;
    private readonly TimeSpan _processing;
    private readonly TimeSpan _linkLifetime;
    private readonly int _maxBodyBytes;
    private readonly double _refundedQuota;

    public FakeVeoRequestProcessor(FakeVeoServerOptions options, FakeTaskStore tasks, FaultQueue faults)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException("The fake needs an API key to check callers against.", nameof(options));
        }

        if (options.MaxRequestBodyBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRequestBodyBytes, "MaxRequestBodyBytes must be positive.");
        }

        _apiKey = Encoding.UTF8.GetBytes(options.ApiKey);
        _time = options.TimeProvider ?? throw new ArgumentException("A TimeProvider is required.", nameof(options));
        _queued = options.QueuedDuration;
        _processing = options.ProcessingDuration;
        _linkLifetime = options.VideoLinkLifetime;
        _maxBodyBytes = options.MaxRequestBodyBytes;
        _refundedQuota = options.RefundedQuota;
        Tasks = tasks;
        Faults = faults;
    }

    public FakeTaskStore Tasks { get; }

    public FaultQueue Faults { get; }

    public TimeProvider Time => _time;

    public async Task<FakeResponse> ProcessAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await RouteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug in the fake must still answer in the spec's error shape, never crash the host.
            return ErrorBody.Response(500, ErrorCodes.InternalError, $"The fake server failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<FakeResponse> RouteAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path;
        if (path.StartsWith(FakeRoutes.VideosPrefix, StringComparison.Ordinal))
        {
            return Video(request);
        }

        if (!path.StartsWith(FakeRoutes.ApiPrefix, StringComparison.Ordinal))
        {
            return NotFound(path);
        }

        if (Faults.TryTake(out var fault))
        {
            if (fault!.Kind == FakeVeoFaultKind.SlowResponse)
            {
                await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                return FaultResponse(fault);
            }
        }

        if (Unauthorized(request.Authorization) is { } denied)
        {
            return denied;
        }

        if (path == FakeRoutes.TasksPath)
        {
            return request.Method == "POST" ? await CreateAsync(request, cancellationToken).ConfigureAwait(false) : MethodNotAllowed("POST");
        }

        if (!path.StartsWith(FakeRoutes.TasksPath + "/", StringComparison.Ordinal))
        {
            return NotFound(path);
        }

        var rest = path.Substring(FakeRoutes.TasksPath.Length + 1);
        if (rest.EndsWith(FakeRoutes.CancelSuffix, StringComparison.Ordinal))
        {
            var id = rest.Substring(0, rest.Length - FakeRoutes.CancelSuffix.Length);
            return id.Length == 0 || id.Contains('/') ? NotFound(path)
                : request.Method == "POST" ? Cancel(id) : MethodNotAllowed("POST");
        }

        return rest.Length == 0 || rest.Contains('/') ? NotFound(path)
            : request.Method == "GET" ? Get(request, rest) : MethodNotAllowed("GET");
    }

    private async Task<FakeResponse> CreateAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBodyReader.ReadAsync(request.Body, request.ContentLength, _maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ErrorBody.Response(400, ErrorCodes.BodyTooLarge, $"The body is larger than the fake's limit of {_maxBodyBytes} bytes.");
        }

        var check = CreateRequestValidator.Validate(body);
        if (!check.IsValid)
        {
            return ErrorBody.Response(400, check.Errors);
        }

        var now = _time.GetUtcNow();
        var task = Tasks.Add(check.Model, check.Action, check.DurationSeconds, now, _queued, _processing);
        return FakeResponse.Json(200, TaskJson.Created(task, task.ViewAt(now)));
    }

    private FakeResponse Get(FakeRequest request, string id)
    {
        if (!Tasks.TryGet(id, out var task))
        {
            return TaskNotFound(id);
        }

        var view = task.ViewAt(_time.GetUtcNow());
        return FakeResponse.Json(200, TaskJson.Task(task, view, request.BaseAddress, VideoExpiry(view)));
    }

    private FakeResponse Cancel(string id)
    {
        if (!Tasks.TryGet(id, out var task))
        {
            return TaskNotFound(id);
        }

        if (!task.TryCancel(_time.GetUtcNow(), out var view))
        {
            return ErrorBody.Response(400, ErrorCodes.TaskNotCancellable, $"Task '{id}' is {view.Status}; only a queued task can be cancelled.");
        }

        return FakeResponse.Json(200, TaskJson.Cancelled(task, view, _refundedQuota));
    }

    private FakeResponse Video(FakeRequest request)
    {
        var path = request.Path;
        if (!path.EndsWith(FakeRoutes.VideoSuffix, StringComparison.Ordinal))
        {
            return NotFound(path);
        }

        if (request.Method != "GET")
        {
            return MethodNotAllowed("GET");
        }

        var id = path.Substring(FakeRoutes.VideosPrefix.Length, path.Length - FakeRoutes.VideosPrefix.Length - FakeRoutes.VideoSuffix.Length);
        if (!Tasks.TryGet(id, out var task))
        {
            return ErrorBody.Response(404, ErrorCodes.VideoNotFound, $"No video has the id '{id}'.");
        }

        var now = _time.GetUtcNow();
        var view = task.ViewAt(now);
        if (VideoExpiry(view) is not { } expires)
        {
            return ErrorBody.Response(404, ErrorCodes.VideoNotFound, $"Task '{id}' has no video: it is {view.Status}.");
        }

        if (now >= expires)
        {
            return ErrorBody.Response(410, ErrorCodes.LinkExpired, $"The link of task '{id}' expired at {expires.ToString("O", CultureInfo.InvariantCulture)}; links live {_linkLifetime}.");
        }

        return FakeResponse.Binary("video/mp4", FakeVideoFile.Get(task.DurationSeconds));
    }

    private DateTimeOffset? VideoExpiry(FakeTaskView view)
        => view.Status == VeoTaskStatuses.Completed && view.EndedAt is { } ended ? ended + _linkLifetime : null;

    private FakeResponse? Unauthorized(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return Denied("Missing API key: send it as 'Authorization: Bearer <API key>'.");
        }

        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Denied("The Authorization header must use the Bearer scheme.");
        }

        var key = Encoding.UTF8.GetBytes(authorization.Substring(Scheme.Length).Trim());
        return CryptographicOperations.FixedTimeEquals(key, _apiKey) ? null : Denied("Invalid API key.");
    }

    private static FakeResponse Denied(string message)
        => ErrorBody.Response(401, ErrorCodes.Unauthorized, message).WithHeader("WWW-Authenticate", "Bearer");

    private static FakeResponse FaultResponse(FakeVeoFault fault) => fault.Kind switch
    {
        FakeVeoFaultKind.RateLimited when fault.RetryAfter is { } wait
            => ErrorBody.Response(429, ErrorCodes.RateLimited, "Rate limit exceeded (injected fault).")
                .WithHeader("Retry-After", ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)),
        FakeVeoFaultKind.RateLimited => ErrorBody.Response(429, ErrorCodes.RateLimited, "Rate limit exceeded (injected fault)."),
        FakeVeoFaultKind.ServerError => ErrorBody.Response(500, ErrorCodes.InternalError, "Internal server error (injected fault)."),
        FakeVeoFaultKind.InsufficientBalance => ErrorBody.Response(402, ErrorCodes.InsufficientBalance, "Insufficient balance (injected fault)."),
        FakeVeoFaultKind.DropConnection => FakeResponse.Dropped,
        _ => FakeResponse.Json(200, "{\"task_id\": \"task-"u8.ToArray()), // cut off mid-string
    };

    private static FakeResponse TaskNotFound(string id)
        => ErrorBody.Response(404, ErrorCodes.TaskNotFound, $"No task has the id '{id}'.");

    private static FakeResponse NotFound(string path)
        => ErrorBody.Response(404, ErrorCodes.NotFound, $"The fake Veo server has nothing at '{path}'.");

    private static FakeResponse MethodNotAllowed(string allowed)
        => ErrorBody.Response(405, ErrorCodes.MethodNotAllowed, $"Use {allowed} here.").WithHeader("Allow", allowed);
}
