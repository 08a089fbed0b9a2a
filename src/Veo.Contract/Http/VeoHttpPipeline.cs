using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Veo.Contract;

/// <summary>
/// The one way the client talks to the task API, whatever HttpClient it was built on: each attempt bounded end to end
/// (headers and body) by the attempt timeout, every call by the overall timeout, bodies capped, retries with back-off
/// that honour Retry-After but never sleep past the overall timeout, and every failure turned into a VeoException.
/// </summary>
internal sealed class VeoHttpPipeline
{
    private const int FirstBodyBufferSize = 4096;
    private const string JsonMediaType = "application/json";

    private readonly HttpClient _http;
    private readonly VeoClientOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly string _baseAddress;

    // Shared by every request: its value never changes, and the key goes on task requests only (never on the HttpClient).
    private readonly AuthenticationHeaderValue? _authorization;

    public VeoHttpPipeline(HttpClient http, Uri baseAddress, VeoClientOptions options, TimeProvider clock, ILogger logger)
    {
        _http = http;
        _options = options;
        _clock = clock;
        _logger = logger;

        // A base address without a trailing slash keeps its last segment (https://host/api -> https://host/api/v1/tasks).
        var text = baseAddress.AbsoluteUri;
        _baseAddress = text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/";
        _authorization = string.IsNullOrEmpty(options.ApiKey) ? null : new AuthenticationHeaderValue("Bearer", options.ApiKey);
    }

    /// <summary>
    /// Sends <paramref name="body"/> to <paramref name="route"/> and reads the answer as <paramref name="responseType"/>.
    /// <paramref name="check"/> may reject a well-formed answer (it returns the problem, or null when the answer is usable).
    /// </summary>
    public async Task<T> SendAsync<T>(
        VeoCall call,
        VeoRoute route,
        string? parameter,
        byte[]? body,
        JsonTypeInfo<T> responseType,
        Func<T, string?>? check,
        CancellationToken cancellationToken)
        where T : class
    {
        if (_authorization is null && !_options.AuthenticationHandledElsewhere)
        {
            // Sent without a key, a request is refused at best, and at worst reaches a service that should never see it.
            throw new VeoMissingApiKeyException();
        }

        var uri = new Uri(_baseAddress + route.PathFor(parameter), UriKind.Absolute);

        // Named in the messages of failed reads and cancels, so the caller can read the task again.
        var taskId = SecretRedactor.Redact(parameter, _options.ApiKey);
        var overall = _options.TotalRequestTimeout;
        var byDeadline = false;
        // At a tie the caller's deadline wins: a wait that reaches its deadline reports a wait timeout.
        if (call.Deadline is { } deadline && deadline <= overall)
        {
            overall = deadline;
            byDeadline = true;
        }

        // Both limits run on the client's clock, with real time as a backstop (TimeLimit): a test clock drives them, and
        // one that never moves still cannot turn a stalled connection into a hang.
        var started = _clock.GetTimestamp();
        using var whole = new TimeLimit(_clock, overall, cancellationToken);

        // Whether an earlier attempt may have reached the service (a 5xx, a timeout, a dropped connection).
        var uncertain = false;
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            bool retry;
            using (var limit = new TimeLimit(_clock, _options.AttemptTimeout, whole.Token))
            {
                try
                {
                    return await AttemptAsync(call.Kind, route, uri, body, responseType, check, limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException cancelled) when (whole.HasPassed)
                {
                    throw new VeoRequestTimeoutException(CallFailureText.Timeout(call.Kind, taskId, overall), overall, cancelled) { ByCallerDeadline = byDeadline };
                }
                catch (OperationCanceledException cancelled) when (limit.HasPassed)
                {
                    failure = new VeoRequestTimeoutException(CallFailureText.Timeout(call.Kind, taskId, _options.AttemptTimeout), _options.AttemptTimeout, cancelled);
                    retry = call.Kind != VeoRequestKind.Create;
                    uncertain = true;
                }
                catch (OperationCanceledException cancelled)
                {
                    // Nobody here cancelled: the HttpClient's own Timeout passed (it reports that as a cancellation).
                    failure = new VeoRequestTimeoutException(CallFailureText.Timeout(call.Kind, taskId, _http.Timeout), _http.Timeout, cancelled);
                    retry = call.Kind != VeoRequestKind.Create;
                    uncertain = true;
                }
                catch (VeoApiException answered)
                {
                    failure = answered;
                    retry = answered.StatusCode == 429
                        ? call.RetryRateLimits
                        : call.Kind != VeoRequestKind.Create && IsTransient(answered.StatusCode);
                    uncertain |= answered.StatusCode >= 500;
                }
                catch (Exception broken) when (broken is HttpRequestException or IOException or SocketException or UriFormatException)
                {
                    var notConnectedBecause = NeverConnectedReason(broken);
                    var neverConnected = notConnectedBecause is not null;
                    failure = new VeoConnectionException(DescribeConnectionFailure(call.Kind, taskId, uri, broken, notConnectedBecause), broken);
                    retry = broken is not UriFormatException && (call.Kind != VeoRequestKind.Create || neverConnected);
                    uncertain |= !neverConnected;
                }
            }

            if (!retry || attempt > _options.MaxRetries)
            {
                throw Final(failure, uncertain && attempt > 1);
            }

            var delay = RetryBackoff.For(attempt, _options.RetryDelay, (failure as VeoApiException)?.RetryAfter, call.MinimumRetryDelay);
            if (delay >= overall - _clock.GetElapsedTime(started))
            {
                // Sleeping that long would outlast the overall timeout (or the caller's deadline): the last answer is the result.
                _logger.LogDebug("Veo {Operation}: not retrying; a wait of {Delay} would outlast the time left.", route.OperationId, delay);
                throw Final(failure, uncertain && attempt > 1);
            }

            _logger.LogWarning("Veo {Operation}: attempt {Attempt} failed ({Reason}); retrying in {Delay}.", route.OperationId, attempt, Reason(failure), delay);
            try
            {
                await TimeProviderWaits.Delay(_clock, delay, whole.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The overall timeout passed in real time during the wait (a test clock slower than real time): as above.
                throw Final(failure, uncertain && attempt > 1);
            }
        }
    }

    private async Task<T> AttemptAsync<T>(
        VeoRequestKind kind,
        VeoRoute route,
        Uri uri,
        byte[]? body,
        JsonTypeInfo<T> responseType,
        Func<T, string?>? check,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(route.Method, uri);
        request.Headers.Authorization = _authorization;
        request.Headers.TryAddWithoutValidation("Accept", JsonMediaType);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
        }

        VeoRequestKinds.Mark(request, kind);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var limit = _options.MaxResponseBodyBytes;

        // .NET Framework leaves Content null for a response without a body; newer runtimes give an empty one.
        response.Content ??= new ByteArrayContent(Array.Empty<byte>());
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw TooLarge(status, limit, response);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(FirstBodyBufferSize);
        var length = 0;
        try
        {
            // The whole body is read under the attempt's token and at most MaxResponseBodyBytes: a stalled body ends with the
            // attempt, and a larger one is refused without reading on, so memory stays flat.
#if NET5_0_OR_GREATER
            using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
#else
            using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))

            // Older stacks may ignore the token on a stalled read; disposing the response ends it.
            using (cancellationToken.Register(static state => ((IDisposable)state!).Dispose(), response))
#endif
            {
                int read;
                while ((read = await ReadChunkAsync(stream, buffer, length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length > limit)
                    {
                        throw TooLarge(status, limit, response);
                    }

                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            if (status is < 200 or > 299)
            {
                throw VeoApiErrors.Create(status, Encoding.UTF8.GetString(buffer, 0, length), HeadersOf(response), _clock.GetUtcNow(), _options.ApiKey, null);
            }

            T? result;
            try
            {
                result = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(buffer, 0, length), responseType);
            }
            catch (JsonException)
            {
                throw Unusable(status, "The response body is not the JSON the API describes.", buffer, length);
            }

            if (result is null)
            {
                throw Unusable(status, "The response body is empty (JSON null).", buffer, length);
            }

            if (check?.Invoke(result) is { } problem)
            {
                throw Unusable(status, problem, buffer, length);
            }

            return result;
        }
        finally
        {
            // Safe to return: the deserialized objects own copies of what they keep (strings, cloned JsonElements).
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The Memory overload completes without allocating a Task per read where the runtime has it.
    private static ValueTask<int> ReadChunkAsync(Stream stream, byte[] buffer, int offset, CancellationToken cancellationToken)
#if NET5_0_OR_GREATER
        => stream.ReadAsync(buffer.AsMemory(offset), cancellationToken);
#else
        => new(stream.ReadAsync(buffer, offset, buffer.Length - offset, cancellationToken));
#endif

    private VeoApiException TooLarge(int status, long limit, HttpResponseMessage response)
        => new(
            status,
            null,
            $"The response body is larger than MaxResponseBodyBytes ({limit} bytes); reading stopped.",
            RequestIdOf(response),
            null);

    private VeoApiException Unusable(int status, string problem, byte[] buffer, int length)
        => new(status, null, problem, null, SecretRedactor.Redact(Encoding.UTF8.GetString(buffer, 0, length), _options.ApiKey));

    private string? RequestIdOf(HttpResponseMessage response)
        => SecretRedactor.Redact(HeaderValues.First(HeadersOf(response), "X-Request-Id"), _options.ApiKey);

    private static Exception Final(Exception failure, bool afterUncertainAttempt)
    {
        if (failure is VeoApiException answered)
        {
            answered.AfterUncertainAttempt = afterUncertainAttempt;
        }

        return failure;
    }

    private static IReadOnlyDictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = header.Value;
        }

        return headers;
    }

    // 408 (the server gave up waiting), 429 (handled apart), and 5xx: the answer may differ next time.
    private static bool IsTransient(int status) => status == 408 || status >= 500;

    // Why no connection was made, or null when one may have been (then the request may have reached the service).
    private static string? NeverConnectedReason(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                // TryAgain is a DNS server that did not answer ("Resource temporarily unavailable" on Linux), NoData a name
                // without an address: like HostNotFound, the name never resolved, so no connection was attempted.
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                    return "the host name did not resolve";
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return "the connection was refused";
                case SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable }:
                    return "the host is unreachable";
#if NET8_0_OR_GREATER
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return "the host name did not resolve";
#endif
            }
        }

        return null;
    }

    private static string DescribeConnectionFailure(VeoRequestKind kind, string? taskId, Uri uri, Exception failure, string? notConnectedBecause) => failure switch
    {
        // HttpClient throws UriFormatException for a redirect whose Location it cannot resolve (e.g. "file:").
        UriFormatException => CallFailureText.Redirect(kind, taskId),
        _ when notConnectedBecause is not null => CallFailureText.NeverConnected(kind, taskId, uri, notConnectedBecause),
        _ => CallFailureText.Broken(kind, taskId, failure),
    };

    private static string Reason(Exception failure) => failure switch
    {
        VeoApiException answered => "HTTP " + answered.StatusCode,
        VeoRequestTimeoutException timeout => "no answer within " + timeout.Timeout,
        _ => failure.GetType().Name,
    };
}
