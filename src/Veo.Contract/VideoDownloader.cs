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
/// </summary>
internal sealed class VideoDownloader
{
    private const int BufferSize = 81920;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public VideoDownloader(HttpClient http, TimeProvider clock, TimeSpan timeout, ILogger logger)
    {
        _http = http;
        _clock = clock;
        _timeout = timeout;
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

        using var timeout = TimeProviderWaits.CancelAfter(_clock, _timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        long received = 0;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, link);
            VeoRequestKinds.Mark(request, VeoRequestKind.Download);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            ThrowIfRefused(task, video, response.StatusCode);
            var total = response.Content.Headers.ContentLength;
            progress?.Report(new VeoDownloadProgress(0, total));
            using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await body.ReadAsync(buffer, 0, buffer.Length, linked.Token).ConfigureAwait(false)) > 0)
                {
                    await destination.WriteAsync(buffer, 0, read, linked.Token).ConfigureAwait(false);
                    received += read;
                    progress?.Report(new VeoDownloadProgress(received, total));
                }
            }

            if (total is { } expected && received != expected)
            {
                throw new VeoDownloadException(
                    $"The video of task '{task.TaskId}' was cut short: {received} of {expected} bytes arrived.", task.TaskId, (int)response.StatusCode, received);
            }

            await destination.FlushAsync(linked.Token).ConfigureAwait(false);
            _logger.LogInformation("Task {TaskId}: downloaded {Bytes} bytes of video.", task.TaskId, received);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new VeoDownloadException($"The video of task '{task.TaskId}' did not arrive within {_timeout}; {received} bytes had arrived.", task.TaskId, null, received);
        }
        catch (Exception failure) when (failure is IOException or HttpRequestException)
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
