using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// Sits in front of the fake and spoils video downloads: the body breaks off after <see cref="BreakAfterBytes"/>
/// (as when a connection drops), or Content-Length claims more than is sent. Counts download requests.
/// </summary>
internal sealed class VideoFaultHandler : DelegatingHandler
{
    private int _videoRequests;

    public VideoFaultHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public int? BreakAfterBytes { get; set; }

    public bool OverstateLength { get; set; }

    public int VideoRequests => _videoRequests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.StartsWith("/videos/", StringComparison.Ordinal))
        {
            return response;
        }

        Interlocked.Increment(ref _videoRequests);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        HttpContent content = BreakAfterBytes is { } cut
            ? new StreamContent(new BreakingStream(bytes, cut))
            : new ByteArrayContent(bytes, 0, OverstateLength ? bytes.Length / 2 : bytes.Length);
        content.Headers.ContentLength = bytes.Length;
        content.Headers.TryAddWithoutValidation("Content-Type", "video/mp4");
        response.Content = content;
        return response;
    }
}
