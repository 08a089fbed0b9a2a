using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Veo.Contract;

/// <summary>
/// Fetches a finished task's video from its storage link. The link is public (the API key is never sent to it) and lives
/// 24 hours; an expired link is refused before any request, and a storage answer that the link is gone says so.
/// Every download is bounded: in time by <see cref="VeoClientOptions.DownloadTimeout"/> (headers and body), in size by
/// <see cref="VeoClientOptions.MaxDownloadBytes"/>, and a page that is not a video is refused before anything is written.
/// </summary>
internal sealed class VideoDownloader
{
    private const int BufferSize = 81920;

    // Enough of the body to judge what it is and to quote it with the key already removed from the whole window.
    private const int FirstBytesWindow = 4096;

    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;
    private readonly long _maxBytes;
    private readonly string? _apiKey;
    private readonly ILogger _logger;

    public VideoDownloader(HttpClient http, TimeProvider clock, VeoClientOptions options, ILogger logger)
    {
        _http = http;
        _clock = clock;
        _timeout = options.DownloadTimeout;
        _maxBytes = options.MaxDownloadBytes;
        _apiKey = options.ApiKey;
        _logger = logger;
    }

    public async Task DownloadAsync(VeoTask task, Stream destination, IProgress<VeoDownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var (video, link) = LinkOf(task);
        if (video.ExpiresTime is { } expires && expires <= _clock.GetUtcNow())
        {
            throw new VeoDownloadLinkExpiredException(
                $"The video link of task '{task.TaskId}' expired at {expires:u}; links live 24 hours. Submit the task again to get a new video.",
                task.TaskId,
                expires);
        }

        // On the client's clock with real time as a backstop: a test clock drives it, one that never moves cannot stall it.
        using var linked = new TimeLimit(_clock, _timeout, cancellationToken);
        long received = 0;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, link);
            VeoRequestKinds.Mark(request, VeoRequestKind.Download);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            ThrowIfRefused(task, video, response.StatusCode);
            // .NET Framework leaves Content null for an answer without a body.
            using var content = response.Content ?? new ByteArrayContent(Array.Empty<byte>());
            var total = content.Headers.ContentLength;
            if (total > _maxBytes)
            {
                throw TooLarge(task, total, status, 0);
            }

            using (var body = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                // The first bytes are judged before any is written, so a page that is no video never reaches the destination.
                var buffer = new byte[BufferSize];
                // Each read is its own statement (not an assignment inside the loop condition), so `more` is assigned on
                // every path even when a mutation tool rewrites the condition.
                var read = 0;
                while (read < FirstBytesWindow)
                {
                    var more = await body.ReadAsync(buffer, read, FirstBytesWindow - read, linked.Token).ConfigureAwait(false);
                    if (more == 0)
                    {
                        break;
                    }

                    read += more;
                    received += more;
                }

                ThrowIfNotVideo(task, response.StatusCode, content, buffer, read);
                progress?.Report(new VeoDownloadProgress(0, total));
                while (read > 0)
                {
                    if (received > _maxBytes)
                    {
                        throw TooLarge(task, total, status, received);
                    }

                    await destination.WriteAsync(buffer, 0, read, linked.Token).ConfigureAwait(false);
                    progress?.Report(new VeoDownloadProgress(received, total));
                    read = await body.ReadAsync(buffer, 0, buffer.Length, linked.Token).ConfigureAwait(false);
                    received += read;
                }
            }

            if (total is { } expected && received != expected)
            {
                throw new VeoDownloadException(
                    $"The video of task '{task.TaskId}' was cut short: {received} of {expected} bytes arrived.", task.TaskId, status, received);
            }

            await destination.FlushAsync(linked.Token).ConfigureAwait(false);
            _logger.LogInformation("Task {TaskId}: downloaded {Bytes} bytes of video.", task.TaskId, received);
        }
        catch (OperationCanceledException stopped) when (!cancellationToken.IsCancellationRequested)
        {
            // Our deadline, or HttpClient.Timeout when it is the shorter one (HttpClient reports it as a cancellation).
            var limit = linked.HasPassed || _http.Timeout == Timeout.InfiniteTimeSpan || _http.Timeout > _timeout ? _timeout : _http.Timeout;
            throw new VeoDownloadTimeoutException(
                $"The video of task '{task.TaskId}' did not arrive within {limit}; {received} bytes had arrived and were discarded.", task.TaskId, limit, received, stopped);
        }
        catch (Exception failure) when (failure is IOException or HttpRequestException or UriFormatException)
        {
            throw new VeoDownloadException(
                $"The download of task '{task.TaskId}' broke off after {received} bytes ({failure.GetType().Name}); nothing usable was saved.", task.TaskId, null, received, failure);
        }
    }

    private static (TaskVideo Video, Uri Link) LinkOf(VeoTask task)
    {
        if (task.Status != VeoTaskStatuses.Completed)
        {
            throw new InvalidOperationException($"Task '{task.TaskId}' is '{task.Status}', not completed; it has no video yet.");
        }

        foreach (var video in task.Result?.Videos ?? Enumerable.Empty<TaskVideo>())
        {
            var link = video.Urls.FirstOrDefault(url => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
            if (link is not null)
            {
                return (video, link);
            }
        }

        throw new VeoDownloadException($"Task '{task.TaskId}' completed but the service sent no video link.", task.TaskId);
    }

    private VeoDownloadTooLargeException TooLarge(VeoTask task, long? declared, int status, long received)
    {
        var what = declared is { } length && received == 0
            ? $"declares {length} bytes"
            : $"went past the limit ({received} bytes had arrived)";
        return new VeoDownloadTooLargeException(
            $"The video of task '{task.TaskId}' {what}; MaxDownloadBytes is {_maxBytes}, so the download was stopped.", task.TaskId, _maxBytes, declared, status, received);
    }

    private void ThrowIfNotVideo(VeoTask task, HttpStatusCode status, HttpContent content, byte[] firstBytes, int count)
    {
        if (count == 0)
        {
            throw new VeoDownloadException($"The storage answered HTTP {(int)status} with an empty body for the video of task '{task.TaskId}'.", task.TaskId, (int)status);
        }

        var mediaType = content.Headers.ContentType?.MediaType;
        if (!VideoBodyCheck.IsDocumentType(mediaType) && !VideoBodyCheck.StartsLikeDocument(firstBytes, count))
        {
            return;
        }

        var quote = VideoBodyCheck.Quote(firstBytes, count, _apiKey);
        throw new VeoDownloadNotVideoException(
            $"The video link of task '{task.TaskId}' answered with {mediaType ?? "an untyped body"} that is not a video; it begins: \"{quote}\". Nothing was saved.",
            task.TaskId,
            mediaType,
            quote,
            (int)status);
    }

    // Storage answers 403, 404 or 410 for a link that has expired or been withdrawn; everything else is a plain failure.
    private void ThrowIfRefused(VeoTask task, TaskVideo video, HttpStatusCode status)
    {
        var code = (int)status;
        if (code is 403 or 404 or 410)
        {
            var when = video.ExpiresTime is { } expires ? $" (announced expiry {expires:u})" : string.Empty;
            throw new VeoDownloadLinkExpiredException(
                $"The storage refused the video link of task '{task.TaskId}' with HTTP {code}: the link has expired or was withdrawn{when}.",
                task.TaskId,
                video.ExpiresTime,
                code);
        }

        if (code < 200 || code > 299)
        {
            throw new VeoDownloadException($"The storage answered HTTP {code} for the video of task '{task.TaskId}'.", task.TaskId, code);
        }

        _logger.LogDebug("Task {TaskId}: video download started (HTTP {Status}).", task.TaskId, code);
    }
}
