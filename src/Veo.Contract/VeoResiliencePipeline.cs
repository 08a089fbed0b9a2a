using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Veo.Contract;

/// <summary>
/// The retries and timeouts <c>AddVeoClient</c> puts in front of the API: an overall timeout, retries with exponential
/// back-off and jitter that honour Retry-After, and a timeout per attempt.
/// </summary>
internal static class VeoResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, VeoClientOptions options)
    {
        options.EnsureUsable();
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "veo-total", Timeout = options.TotalRequestTimeout });
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "veo-retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => new ValueTask<bool>(ShouldRetry(arguments.Outcome, arguments.Context.GetRequestMessage())),
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "veo-attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// Status reads and cancels are safe to repeat, so every transient failure is retried. A create call is different:
    /// after a 5xx, a timeout or a dropped connection the task may exist already, and sending it again can bill twice.
    /// It is retried only when the failure proves nothing was created: a 429 refusal or a connection that was never made.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (IsCreate(request))
        {
            return outcome.Result?.StatusCode == (HttpStatusCode)429 || WasNeverConnected(outcome.Exception);
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static bool IsCreate(HttpRequestMessage? request)
        => request is null
            || (request.Method == HttpMethod.Post && request.RequestUri is { } uri && !uri.OriginalString.TrimEnd('/').EndsWith("/cancel", StringComparison.Ordinal));

    private static bool WasNeverConnected(Exception? exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound })
            {
                return true;
            }
        }

        return false;
    }
}
