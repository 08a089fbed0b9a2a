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
            return ErrorBody.Response(500, VeoErrorCodes.InternalError, $"The fake server failed: {ex.GetType().Name}: {ex.Message}");
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
        if (path.StartsWith(VideoRoute.Prefix, StringComparison.Ordinal))
        {
            return Video(request);
        }

        // Only the spec's operations are the task API: elsewhere no key is needed and no fault is used.
        if (ApiMatch.Find(path, request.Method) is not { } match)
        {
            return NotFound(path);
        }

        if (!Faults.TryTake(out var fault))
        {
            return await TaskApiAsync(request, match, cancellationToken).ConfigureAwait(false);
        }

        switch (fault!.Kind)
        {
            case FakeVeoFaultKind.SlowResponse:
                await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
                return await TaskApiAsync(request, match, cancellationToken).ConfigureAwait(false);
            case FakeVeoFaultKind.CreatedThenSlowResponse:
                var late = await TaskApiAsync(request, match, cancellationToken).ConfigureAwait(false);
                await Task.Delay(fault.Delay, _time, cancellationToken).ConfigureAwait(false);
                return late;
            case FakeVeoFaultKind.CreatedThenServerError:
            case FakeVeoFaultKind.CreatedThenDropConnection:
                // The call takes effect; only its answer is lost.
                await TaskApiAsync(request, match, cancellationToken).ConfigureAwait(false);
                return FaultResponse(fault);
            default:
                return FaultResponse(fault);
        }
    }

    private async Task<FakeResponse> TaskApiAsync(FakeRequest request, ApiMatch match, CancellationToken cancellationToken)
    {
        if (BearerCredentials.Problem(request.Authorization, _apiKey) is { } problem)
        {
            return ErrorBody.Response(401, VeoErrorCodes.Unauthorized, problem).WithHeader("WWW-Authenticate", "Bearer");
        }

        var operation = match.Operation;
        if (operation == VeoOperations.CreateTask)
        {
            return await CreateAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (operation == VeoOperations.GetTask)
        {
            return Get(request, match.TaskId!);
        }

        if (operation == VeoOperations.CancelTask)
        {
            return Cancel(match.TaskId!);
        }

        // The path is the API's, the method is not (or an operation the fake does not serve yet: say so the same way).
        return MethodNotAllowed(match.Allowed);
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
            return ErrorBody.Response(400, VeoErrorCodes.BodyTooLarge, $"The body is larger than the fake's limit of {_maxBodyBytes} bytes.");
        }

        var check = CreateRequestValidator.Validate(body);
        if (!check.IsValid)
        {
            return ErrorBody.Response(400, check.Errors);
        }

        var now = _time.GetUtcNow();
        var video = FakeVideoFormat.ForRequest(check.Resolution, check.AspectRatio, check.DurationSeconds);
        var task = Tasks.Add(check.Model, check.Action, CreatedPrompt.Read(body), video, now, _queued, _processing);
        if (task is null)
        {
            return ErrorBody.Response(429, VeoErrorCodes.TaskStoreFull, $"The fake holds {Tasks.Capacity} tasks (MaxStoredTasks) and none has ended yet; retry once one has.");
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
            return ErrorBody.Response(400, VeoErrorCodes.TaskNotCancellable, $"Task '{id}' is {view.Status}; only a queued task can be cancelled.");
        }

        return FakeResponse.Json(200, TaskJson.Cancelled(task, view, _refundedQuota));
    }

    private FakeResponse Video(FakeRequest request)
    {
        var path = request.Path;
        if (!VideoRoute.TryGetId(path, out var id))
        {
            return NotFound(path);
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            return MethodNotAllowed("GET, HEAD");
        }

        var now = _time.GetUtcNow();
        if (!Tasks.TryGet(id, now, out var task))
        {
            return ErrorBody.Response(404, VeoErrorCodes.VideoNotFound, $"No video has the id '{id}' (an ended task and its video are kept {_retention}).");
        }

        var view = task.ViewAt(now);
        if (VideoExpiry(view) is not { } expires)
        {
            return ErrorBody.Response(404, VeoErrorCodes.VideoNotFound, $"Task '{id}' has no video: it is {view.Status}.");
        }

        if (now >= expires)
        {
            return ErrorBody.Response(410, VeoErrorCodes.LinkExpired, $"The link of task '{id}' expired at {expires.ToString("O", CultureInfo.InvariantCulture)}; links live {_linkLifetime}.");
        }

        return FakeResponse.Binary("video/mp4", FakeVideoFile.Build(task.Video));
    }

    private DateTimeOffset? VideoExpiry(FakeTaskView view)
        => view.Status == VeoTaskStatuses.Completed && view.EndedAt is { } ended ? ended + _linkLifetime : null;

    // Kestrel's reason text (and any other exception text) stays out: callers get what went wrong with their request.
    private static FakeResponse UnreadableBody(IOException failure)
        => failure is BadHttpRequestException { StatusCode: 408 }
            ? ErrorBody.Response(408, VeoErrorCodes.RequestTimeout, "The request body arrived too slowly; the server stopped waiting for it.")
            : ErrorBody.Response(400, VeoErrorCodes.IncompleteBody, "The request body could not be read: it ended before its declared length, or its chunked encoding is broken.");

    private static FakeResponse FaultResponse(FakeVeoFault fault) => fault.Kind switch
    {
        FakeVeoFaultKind.RateLimited when fault.RetryAfter is { } wait
            => ErrorBody.Response(429, VeoErrorCodes.RateLimited, "Rate limit exceeded (injected fault).")
                .WithHeader("Retry-After", ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)),
        FakeVeoFaultKind.RateLimited => ErrorBody.Response(429, VeoErrorCodes.RateLimited, "Rate limit exceeded (injected fault)."),
        FakeVeoFaultKind.ServerError or FakeVeoFaultKind.CreatedThenServerError => ErrorBody.Response(500, VeoErrorCodes.InternalError, "Internal server error (injected fault)."),
        FakeVeoFaultKind.InsufficientBalance => ErrorBody.Response(402, VeoErrorCodes.InsufficientBalance, "Insufficient balance (injected fault)."),
        FakeVeoFaultKind.DropConnection or FakeVeoFaultKind.CreatedThenDropConnection => FakeResponse.Dropped,
        _ => FakeResponse.Json(200, TaskJson.CutOff()),
    };

    private static FakeResponse TaskNotFound(string id)
        => ErrorBody.Response(404, VeoErrorCodes.TaskNotFound, $"No task has the id '{id}'.");

    private static FakeResponse NotFound(string path)
        => ErrorBody.Response(404, VeoErrorCodes.NotFound, $"The fake Veo server has nothing at '{path}'.");

    private static FakeResponse MethodNotAllowed(string allowed)
        => ErrorBody.Response(405, VeoErrorCodes.MethodNotAllowed, $"Use {allowed} here.").WithHeader("Allow", allowed);
}
