using System;
using System.Globalization;
using Veo.Contract.Testing;

namespace Veo.Contract.FakeServer;

/// <summary>The standalone fake's command line: where to listen, which key to accept, how fast tasks finish.</summary>
internal sealed class FakeServerArguments
{
    public const string DefaultUrl = "http://127.0.0.1:5088";

    public const string Usage =
        "Usage: Veo.Contract.FakeServer [--urls <url>] [--api-key <key>] [--complete-after <time>]\n" +
        "  --urls            where to listen (default " + DefaultUrl + ")\n" +
        "  --api-key         the bearer key to accept (default " + FakeVeoServer.DefaultApiKey + ")\n" +
        "  --complete-after  time from create to completed, e.g. 3s, 500ms, 2m (default 20s)";

    public string Url { get; private set; } = DefaultUrl;

    public string ApiKey { get; private set; } = FakeVeoServer.DefaultApiKey;

    public TimeSpan? CompleteAfter { get; private set; }

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
                    parsed.CompleteAfter = ParseTime(value ?? Next(args, ref i, name));
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return parsed;
    }

    /// <summary>Reads "3s", "500ms", "2m", "1h", a bare number of seconds, or a TimeSpan like 00:00:03.</summary>
    public static TimeSpan ParseTime(string text)
    {
        var trimmed = text.Trim();
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed.AsSpan(0, trimmed.Length - suffix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return Positive(TimeSpan.FromSeconds(number * seconds), text);
            }
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
        {
            return Positive(TimeSpan.FromSeconds(plain), text);
        }

        if (TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var span))
        {
            return Positive(span, text);
        }

        throw new ArgumentException($"--complete-after: '{text}' is not a time; use e.g. 3s, 500ms or 2m.");
    }

    private static TimeSpan Positive(TimeSpan time, string text)
        => time > TimeSpan.Zero ? time : throw new ArgumentException($"--complete-after: '{text}' must be longer than zero.");

    private static string Next(string[] args, ref int i, string name)
        => ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value.");
}
