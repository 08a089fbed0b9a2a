using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Testing;

namespace Veo.Contract.Benchmarks;

/// <summary>
/// `--video-sizes`: the size of the fake's MP4 for every format the API accepts, and how long the process's first
/// download took (the largest, 4k, with the JIT compiling the encoder: what a test run pays once). Steady-state
/// times per format come from FakeVideoBenchmarks.
/// </summary>
internal static class FakeVideoSizes
{
    private static readonly string[] Formats =
    {
        "4k 16:9 8", "4k 9:16 8", "1080p 16:9 8", "1080p 9:16 8",
        "720p 16:9 4", "720p 16:9 6", "720p 16:9 8", "720p 9:16 4", "720p 9:16 6", "720p 9:16 8",
    };

    public static async Task PrintAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var fake = new FakeVeoServer(new FakeVeoServerOptions { TimeProvider = clock });
        using var http = fake.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeVeoServer.DefaultApiKey);
        Console.WriteLine("| format | bytes |");
        Console.WriteLine("|---|---:|");
        TimeSpan? first = null;
        foreach (var format in Formats)
        {
            var link = await FakeVideoBenchmarks.CompletedVideoLink(http, clock, format);
            var watch = Stopwatch.StartNew();
            var bytes = await http.GetByteArrayAsync(link);
            first ??= watch.Elapsed;
            Console.WriteLine($"| {format} | {bytes.Length:N0} |");
        }

        Console.WriteLine($"First download in this process ({Formats[0]}, JIT included): {first!.Value.TotalMilliseconds:F1} ms");
    }
}
