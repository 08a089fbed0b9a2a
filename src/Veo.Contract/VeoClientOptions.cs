using System;
using System.Globalization;
using System.Threading;

namespace Veo.Contract;

/// <summary>
/// Settings of a <see cref="VeoClient"/>; bindable from configuration (section <see cref="ConfigurationSectionName"/>).
/// <c>VEO_API_KEY</c> and <c>VEO_BASE_URL</c> fill <see cref="ApiKey"/> and <see cref="BaseAddress"/> when these are not set.
/// </summary>
public class VeoClientOptions
{
    /// <summary>The vendor's production endpoint, used when <see cref="BaseAddress"/> is not set.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://qingbo.dev/");

    /// <summary>The default of <see cref="MaxResponseBodyBytes"/>: 4 MiB.</summary>
    public const long DefaultMaxResponseBodyBytes = 4 * 1024 * 1024;

    /// <summary>The configuration section <c>AddVeoClient()</c> binds: <c>Veo:ApiKey</c>, <c>Veo:BaseAddress</c>, ...</summary>
    public const string ConfigurationSectionName = "Veo";

    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyEnvironmentVariable = "VEO_API_KEY";

    /// <summary>The environment variable holding the base address.</summary>
    public const string BaseUrlEnvironmentVariable = "VEO_BASE_URL";

    /// <summary>Where the task API lives. Defaults to <see cref="DefaultBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The API key, sent as a bearer token. Never written to messages or logs. Without one (and without
    /// <see cref="AuthenticationHandledElsewhere"/>) the client refuses every task request before sending it
    /// (<see cref="VeoMissingApiKeyException"/>). A key pasted with its scheme (<c>Bearer abc</c>) is kept without it
    /// (<c>abc</c>), and the client built on these options logs a warning once; surrounding white space is dropped.
    /// </summary>
    public string? ApiKey
    {
        get => _apiKey;
        set
        {
            _apiKey = PastedApiKey.WithoutScheme(value, out var hadScheme);
            if (hadScheme)
            {
                Interlocked.Exchange(ref _schemeToReport, 1);
            }
        }
    }

    /// <summary>
    /// Set it when something other than this client authenticates the task requests: a gateway that adds the
    /// credentials, or your own <c>DelegatingHandler</c>. Then a client without <see cref="ApiKey"/> sends its requests
    /// without an Authorization header instead of refusing them (default false). A key that is set is still sent.
    /// </summary>
    public bool AuthenticationHandledElsewhere { get; set; }

    /// <summary>
    /// Whether <see cref="VeoClient.CreateTaskAsync"/> checks the request against the service's rules before
    /// sending it (default true). Turn it off only if you know the service accepts what the rules reject.
    /// </summary>
    public bool ValidateBeforeSend { get; set; } = true;

    /// <summary>
    /// Timeout of one HTTP attempt, headers and body (default 30 s). Applies however the client was built (plain
    /// constructor or <c>AddVeoClient</c>).
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one call including its retries and the waits between them (default 2 min).</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often a failed status read or cancel is retried (default 3), with exponential back-off and jitter, on 408, 429,
    /// 5xx, timeouts and broken connections. A create call is retried only when the service provably created nothing:
    /// a 429 refusal or a connection that was never made; never after a failure that may have created a task.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The first retry's base delay (default 1 s); it doubles each retry, with jitter. A longer Retry-After wins; a retry
    /// that would end after <see cref="TotalRequestTimeout"/> is not made (the last answer is thrown instead).
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The largest API response body the client reads (default 4 MiB; task answers are a few KB). A larger body is refused
    /// with a <see cref="VeoApiException"/> without reading on. Video downloads have their own limit.
    /// </summary>
    public long MaxResponseBodyBytes { get; set; } = DefaultMaxResponseBodyBytes;

    /// <summary>The first wait between two status reads (default 2 s, the vendor's advice is 2 to 5 s).</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two status reads (default 10 s); the interval grows by half each read up to this.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long <see cref="VeoTaskOperation.WaitForCompletionAsync(IProgress{VeoTaskProgress}, System.Threading.CancellationToken)"/> waits for a task to end (default 30 min).</summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a video download may take (default 10 min).</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The largest video a download accepts (default 1 GiB, generous for an 8 s 4k video). A larger declared
    /// Content-Length is refused before reading, and a body that goes past it is stopped (<see cref="VeoDownloadTooLargeException"/>).
    /// </summary>
    public long MaxDownloadBytes { get; set; } = 1L << 30;

    /// <summary>
    /// Fills <see cref="ApiKey"/> from <c>VEO_API_KEY</c> and <see cref="BaseAddress"/> from <c>VEO_BASE_URL</c> where they
    /// are not set yet. Returns this instance.
    /// </summary>
    /// <exception cref="ArgumentException"><c>VEO_BASE_URL</c> is set but is not an absolute http(s) URL.</exception>
    public VeoClientOptions ApplyEnvironment()
    {
        if (string.IsNullOrEmpty(ApiKey))
        {
            var key = Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable);
            ApiKey = string.IsNullOrWhiteSpace(key) ? ApiKey : key!.Trim();
        }

        if (BaseAddress is null)
        {
            var url = Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(url))
            {
                BaseAddress = Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                    ? uri
                    : throw new ArgumentException($"{BaseUrlEnvironmentVariable} must be an absolute http or https URL, such as {DefaultBaseAddress}.");
            }
        }

        return this;
    }

    /// <summary>
    /// Whether <see cref="ApiKey"/> was last given with its scheme and no client has reported it yet; true once per such key,
    /// so the warning is logged once however many clients share these options.
    /// </summary>
    internal bool TakeSchemeReport() => Interlocked.Exchange(ref _schemeToReport, 0) == 1;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work (a zero timeout, a relative base address).</summary>
    public void EnsureUsable()
    {
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("BaseAddress must be an absolute URL, such as " + DefaultBaseAddress + ".");
        }

        RequirePositive(AttemptTimeout, nameof(AttemptTimeout), allowInfinite: false);
        RequirePositive(TotalRequestTimeout, nameof(TotalRequestTimeout), allowInfinite: false);
        RequirePositive(PollingInterval, nameof(PollingInterval), allowInfinite: false);
        RequirePositive(WaitTimeout, nameof(WaitTimeout), allowInfinite: true);
        RequirePositive(DownloadTimeout, nameof(DownloadTimeout), allowInfinite: true);
        if (MaxPollingInterval < PollingInterval)
        {
            throw new ArgumentException($"MaxPollingInterval ({MaxPollingInterval}) must not be shorter than PollingInterval ({PollingInterval}).");
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"RetryDelay must be between zero and one day, not {RetryDelay}.");
        }

        if (MaxResponseBodyBytes <= 0 || MaxResponseBodyBytes > MaxBodyLimit)
        {
            throw new ArgumentException($"MaxResponseBodyBytes must be between 1 and {MaxBodyLimit}, not {MaxResponseBodyBytes}.");
        }

        if (MaxDownloadBytes <= 0)
        {
            throw new ArgumentException($"MaxDownloadBytes must be positive, not {MaxDownloadBytes}.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException($"MaxRetries must be 0 or more, not {MaxRetries}.");
        }
    }

    /// <summary>The settings in one line, with the API key hidden: safe to log.</summary>
    public override string ToString()
        => string.Format(
            CultureInfo.InvariantCulture,
            "BaseAddress={0}, ApiKey={1}, AuthenticationHandledElsewhere={2}, ValidateBeforeSend={3}, AttemptTimeout={4}, TotalRequestTimeout={5}, MaxRetries={6}, RetryDelay={7}, PollingInterval={8}, MaxPollingInterval={9}, WaitTimeout={10}, DownloadTimeout={11}, MaxResponseBodyBytes={12}, MaxDownloadBytes={13}",
            BaseAddress ?? DefaultBaseAddress,
            string.IsNullOrEmpty(ApiKey) ? "(not set)" : SecretRedactor.Placeholder,
            AuthenticationHandledElsewhere,
            ValidateBeforeSend,
            AttemptTimeout,
            TotalRequestTimeout,
            MaxRetries,
            RetryDelay,
            PollingInterval,
            MaxPollingInterval,
            WaitTimeout,
            DownloadTimeout,
            MaxResponseBodyBytes,
            MaxDownloadBytes);

    private string? _apiKey;

    // 1 while a key given with its scheme waits to be reported by a client's logger.
    private int _schemeToReport;

    // Bodies are read into one array; 1 GiB is far beyond any API answer and far below the array limit.
    private const long MaxBodyLimit = 1024L * 1024 * 1024;

    // Waits may be infinite (the caller's token ends them); per-request timeouts and intervals may not.
    private static void RequirePositive(TimeSpan value, string name, bool allowInfinite)
    {
        if (allowInfinite && value == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"{name} must be positive and at most one day, not {value}.");
        }
    }
}
