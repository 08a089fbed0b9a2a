using System;
using System.Globalization;
using Veo.Contract.Testing;

namespace Veo.Contract.FakeServer;

/// <summary>The standalone fake's command line: where to listen, which key to accept, how fast tasks finish.</summary>
internal sealed class FakeServerArguments
{
    public const string DefaultUrl = "http://127.0.0.1:5088";

    /// <summary>Short, unlike the library's 48 h: a fake left running for days must not grow.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromHours(1);

    public const int DefaultMaxTasks = 10_000;

    public const string Usage =
        "Usage: Veo.Contract.FakeServer [--urls <url>] [--api-key <key>] [--complete-after <time>]\n" +
        "                               [--retention <time>] [--max-tasks <n>] [--public-base-url <url>]\n" +
        "  --urls             where to listen (default " + DefaultUrl + ")\n" +
        "  --api-key          the bearer key to accept (default " + FakeVeoServer.DefaultApiKey + ")\n" +
        "  --complete-after   time from create to completed, e.g. 3s, 500ms, 2m (default 20s)\n" +
        "  --retention        how long an ended task and its video are kept (default 1h; links expire then too)\n" +
        "  --max-tasks        the most tasks kept; the oldest ended task makes room (default 10000)\n" +
        "  --public-base-url  the address links in answers start with, e.g. behind a proxy (default: where it listens)";

    public string Url { get; private set; } = DefaultUrl;

    public string ApiKey { get; private set; } = FakeVeoServer.DefaultApiKey;

    public TimeSpan? CompleteAfter { get; private set; }

    public TimeSpan Retention { get; private set; } = DefaultRetention;

    public int MaxTasks { get; private set; } = DefaultMaxTasks;

    public Uri? PublicBaseUrl { get; private set; }

    public bool ShowHelp { get; private set; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a readable message on bad input.</summary>
    public static FakeServerArguments Parse(string[] args)
    {
        var parsed = new FakeServerArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = (string?)null;
            var equals = name.IndexOf('=');
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                value = name.Substring(equals + 1);
                name = name.Substring(0, equals);
            }

            switch (name)
            {
                case "-h":
                case "--help":
                    parsed.ShowHelp = true;
                    break;
                case "--urls":
                    parsed.Url = value ?? Next(args, ref i, name);
                    break;
                case "--api-key":
                    parsed.ApiKey = value ?? Next(args, ref i, name);
                    if (string.IsNullOrWhiteSpace(parsed.ApiKey))
                    {
                        throw new ArgumentException("--api-key cannot be empty.");
                    }

                    break;
                case "--complete-after":
                    parsed.CompleteAfter = ParseTime(name, value ?? Next(args, ref i, name));
                    break;
                case "--retention":
                    parsed.Retention = ParseTime(name, value ?? Next(args, ref i, name));
                    break;
                case "--max-tasks":
                    parsed.MaxTasks = ParseCount(name, value ?? Next(args, ref i, name));
                    break;
                case "--public-base-url":
                    parsed.PublicBaseUrl = ParseBaseUrl(name, value ?? Next(args, ref i, name));
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return parsed;
    }

    /// <summary>Reads "3s", "500ms", "2m", "1h", a bare number of seconds, or a TimeSpan like 00:00:03.</summary>
    public static TimeSpan ParseTime(string option, string text)
    {
        var trimmed = text.Trim();
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed.AsSpan(0, trimmed.Length - suffix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return Positive(option, TimeSpan.FromSeconds(number * seconds), text);
            }
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
        {
            return Positive(option, TimeSpan.FromSeconds(plain), text);
        }

        if (TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var span))
        {
            return Positive(option, span, text);
        }

        throw new ArgumentException($"{option}: '{text}' is not a time; use e.g. 3s, 500ms or 2m.");
    }

    private static TimeSpan Positive(string option, TimeSpan time, string text)
        => time > TimeSpan.Zero ? time : throw new ArgumentException($"{option}: '{text}' must be longer than zero.");

    private static int ParseCount(string option, string text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new ArgumentException($"{option}: '{text}' is not a positive whole number.");

    private static Uri ParseBaseUrl(string option, string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
           && url.Query.Length == 0 && url.Fragment.Length == 0
            ? url
            : throw new ArgumentException($"{option}: '{text}' is not an absolute http or https URL without query or fragment.");

    private static string Next(string[] args, ref int i, string name)
        => ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value.");
}
