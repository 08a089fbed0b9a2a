using System;
using System.Collections.Generic;
using System.IO;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>
/// Collects every log line and exception text (message and ToString) the tests see, checks each for the API key at
/// once, and appends it to captured-text.log beside the test assembly so CI can grep the whole run afterwards.
/// </summary>
internal static class CapturedText
{
    private static readonly object Gate = new();
    private static readonly List<string> All = new();

    // Each run starts a fresh file, so a grep after the run sees this run only.
    static CapturedText() => File.Delete(LogPath);

    public static string LogPath => Path.Combine(AppContext.BaseDirectory, "captured-text.log");

    public static IReadOnlyList<string> Snapshot()
    {
        lock (Gate)
        {
            return All.ToArray();
        }
    }

    public static void Add(string origin, string text)
    {
        lock (Gate)
        {
            All.Add(text);
            File.AppendAllText(LogPath, $"--- {origin}{Environment.NewLine}{text}{Environment.NewLine}");
        }

        if (text.Contains(Secrets.ApiKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The API key leaked into {origin}.");
        }
    }

    /// <summary>Records <paramref name="exception"/> (message, ToString and every property's text) and returns it.</summary>
    public static T Exception<T>(T exception)
        where T : Exception
    {
        Add("exception " + exception.GetType().Name, exception.Message + Environment.NewLine + exception);
        foreach (var property in exception.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length == 0 && property.GetValue(exception) is { } value && value is not System.Reflection.MethodBase)
            {
                Add($"exception {exception.GetType().Name}.{property.Name}", value.ToString() ?? string.Empty);
            }
        }

        return exception;
    }
}
