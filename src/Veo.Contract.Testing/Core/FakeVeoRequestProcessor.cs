using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Veo.Contract.Testing.Protocol;
using Veo.Contract.Testing.Video;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// The one request-handling core behind both hosts (in-process handler and Kestrel): routing, faults,
/// authentication, validation and the task lifecycle.
/// </summary>
internal sealed class FakeVeoRequestProcessor
{
    private readonly byte[] _apiKey;
    private readonly Uri? _publicBase;
    private readonly TimeProvider _time;
    private readonly TimeSpan _queued;
    private readonly TimeSpan _processing;
    private readonly TimeSpan _linkLifetime;
    private readonly TimeSpan _retention;
    private readonly int _maxBodyBytes;
    private readonly double _refundedQuota;

    public FakeVeoRequestProcessor(FakeVeoServerOptions options, FaultQueue faults)
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
        _publicBase = PublicBaseAddress.Normalize(options.PublicBaseAddress);
        _time = options.TimeProvider ?? throw new ArgumentException("A TimeProvider is required.", nameof(options));
        _queued = options.QueuedDuration;
        _processing = options.ProcessingDuration;
        _linkLifetime = options.VideoLinkLifetime;
        _retention = options.TaskRetention;
        _maxBodyBytes = options.MaxRequestBodyBytes;
        _refundedQuota = options.RefundedQuota;
        Tasks = new FakeTaskStore(options.TaskRetention, options.MaxStoredTasks);
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
        var response = await AnswerAsync(request, cancellationToken).ConfigureAwait(false);

        // HEAD is answered like GET (same status and headers, Content-Length included), without the body.
        return request.Method == "HEAD" ? response.WithoutBody() : response;
    }

    private async Task<FakeResponse> AnswerAsync(FakeRequest request, CancellationToken cancellationToken)
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

        if (!Faults.TryTake(out var fault))
        {
            return await TaskApiAsync(request, cancellationToken).ConfigureAwait(false);
        }

        switch (fault!.Kind)
        {
            case FakeVeoFaultKind.SlowResponse:
                await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
                return await TaskApiAsync(request, cancellationToken).ConfigureAwait(false);
            case FakeVeoFaultKind.CreatedThenSlowResponse:
                var late = await TaskApiAsync(request, cancellationToken).ConfigureAwait(false);
                await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
                return late;
            case FakeVeoFaultKind.CreatedThenServerError:
            case FakeVeoFaultKind.CreatedThenDropConnection:
                // The call takes effect; only its answer is lost.
                await TaskApiAsync(request, cancellationToken).ConfigureAwait(false);
                return FaultResponse(fault);
            default:
                return FaultResponse(fault);
        }
    }

    private async Task<FakeResponse> TaskApiAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        if (BearerCredentials.Problem(request.Authorization, _apiKey) is { } problem)
        {
            return ErrorBody.Response(401, ErrorCodes.Unauthorized, problem).WithHeader("WWW-Authenticate", "Bearer");
        }

        var path = request.Path;
        var method = request.Method == "HEAD" ? "GET" : request.Method;
        if (path == FakeRoutes.TasksPath)
        {
            return method == "POST" ? await CreateAsync(request, cancellationToken).ConfigureAwait(false) : MethodNotAllowed("POST");
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
                : method == "POST" ? Cancel(id) : MethodNotAllowed("POST");
        }

        return rest.Length == 0 || rest.Contains('/') ? NotFound(path)
            : method == "GET" ? Get(request, rest) : MethodNotAllowed("GET, HEAD");
    }

    private async Task<FakeResponse> CreateAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(request.Body, request.ContentLength, _maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return UnreadableBody(ex);
        }

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
        var task = Tasks.Add(check.Model, check.Action, CreatedPrompt.Read(body), check.DurationSeconds, now, _queued, _processing);
        if (task is null)
        {
            return ErrorBody.Response(429, ErrorCodes.TaskStoreFull, $"The fake holds {Tasks.Capacity} tasks (MaxStoredTasks) and none has ended yet; retry once one has.");
        }

        return FakeResponse.Json(200, TaskJson.Created(task, task.ViewAt(now)));
    }

    private FakeResponse Get(FakeRequest request, string id)
    {
        var now = _time.GetUtcNow();
        if (!Tasks.TryGet(id, now, out var task))
        {
            return TaskNotFound(id);
        }

        var view = task.ViewAt(now);
        return FakeResponse.Json(200, TaskJson.Task(task, view, _publicBase ?? request.BaseAddress, VideoExpiry(view)));
    }

    private FakeResponse Cancel(string id)
    {
        var now = _time.GetUtcNow();
        if (!Tasks.TryGet(id, now, out var task))
        {
            return TaskNotFound(id);
        }

        if (!task.TryCancel(now, out var view))
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

        if (request.Method is not ("GET" or "HEAD"))
        {
            return MethodNotAllowed("GET, HEAD");
        }

        var id = path.Substring(FakeRoutes.VideosPrefix.Length, path.Length - FakeRoutes.VideosPrefix.Length - FakeRoutes.VideoSuffix.Length);
        var now = _time.GetUtcNow();
        if (!Tasks.TryGet(id, now, out var task))
        {
            return ErrorBody.Response(404, ErrorCodes.VideoNotFound, $"No video has the id '{id}' (an ended task and its video are kept {_retention}).");
        }

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

    // Kestrel's reason text (and any other exception text) stays out: callers get what went wrong with their request.
    private static FakeResponse UnreadableBody(IOException failure)
        => failure is BadHttpRequestException { StatusCode: 408 }
            ? ErrorBody.Response(408, ErrorCodes.RequestTimeout, "The request body arrived too slowly; the server stopped waiting for it.")
            : ErrorBody.Response(400, ErrorCodes.IncompleteBody, "The request body could not be read: it ended before its declared length, or its chunked encoding is broken.");

    private static FakeResponse FaultResponse(FakeVeoFault fault) => fault.Kind switch
    {
        FakeVeoFaultKind.RateLimited when fault.RetryAfter is { } wait
            => ErrorBody.Response(429, ErrorCodes.RateLimited, "Rate limit exceeded (injected fault).")
                .WithHeader("Retry-After", ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)),
        FakeVeoFaultKind.RateLimited => ErrorBody.Response(429, ErrorCodes.RateLimited, "Rate limit exceeded (injected fault)."),
        FakeVeoFaultKind.ServerError or FakeVeoFaultKind.CreatedThenServerError => ErrorBody.Response(500, ErrorCodes.InternalError, "Internal server error (injected fault)."),
        FakeVeoFaultKind.InsufficientBalance => ErrorBody.Response(402, ErrorCodes.InsufficientBalance, "Insufficient balance (injected fault)."),
        FakeVeoFaultKind.DropConnection or FakeVeoFaultKind.CreatedThenDropConnection => FakeResponse.Dropped,
        _ => FakeResponse.Json(200, "{\"task_id\": \"task-"u8.ToArray()), // cut off mid-string
    };

    private static FakeResponse TaskNotFound(string id)
        => ErrorBody.Response(404, ErrorCodes.TaskNotFound, $"No task has the id '{id}'.");

    private static FakeResponse NotFound(string path)
        => ErrorBody.Response(404, ErrorCodes.NotFound, $"The fake Veo server has nothing at '{path}'.");

    private static FakeResponse MethodNotAllowed(string allowed)
        => ErrorBody.Response(405, ErrorCodes.MethodNotAllowed, $"Use {allowed} here.").WithHeader("Allow", allowed);
}
