using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Testing;

namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>
/// The loopback fake on a fake clock, with two Prism proxies in front: a strict one (--errors) for calls that follow
/// the spec, and a lenient one for deliberately bad requests, which Prism would otherwise answer itself
/// (422/401) without ever reaching the fake. Started once for the test class.
/// </summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public const string ApiKey = "conformance-key";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 4, 4, 6, 46, 0, TimeSpan.Zero));

    public FakeVeoServer Server { get; private set; } = null!;

    public PrismProxy Strict { get; private set; } = null!;

    public PrismProxy Lenient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new FakeVeoServer(new FakeVeoServerOptions
        {
            ApiKey = ApiKey,
            TimeProvider = Clock,
            QueuedDuration = TimeSpan.FromSeconds(10),
            ProcessingDuration = TimeSpan.FromSeconds(100),
        });
        var upstream = await Server.StartLoopbackAsync();
        var strict = PrismProxy.StartAsync(upstream, errors: true);
        var lenient = PrismProxy.StartAsync(upstream, errors: false);
        try
        {
            Strict = await strict;
            Lenient = await lenient;
        }
        catch
        {
            await DisposeStartedAsync(strict, lenient);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Strict is not null)
        {
            await Strict.DisposeAsync();
        }

        if (Lenient is not null)
        {
            await Lenient.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>
    /// A generated client through <paramref name="proxy"/> that records every answer; it does not validate before sending
    /// and does not retry, so each call is one exchange to check (a retry would also wait on the fake clock, which only the
    /// tests move).
    /// </summary>
    public (VeoClient Client, RecordingHandler Recorder) Client(PrismProxy proxy, string? apiKey = ApiKey)
    {
        var recorder = new RecordingHandler();
        var http = new HttpClient(recorder) { BaseAddress = proxy.Address };
        var client = new VeoClient(http, new VeoClientOptions { ApiKey = apiKey, ValidateBeforeSend = false, MaxRetries = 0 }, Clock);
        return (client, recorder);
    }

    /// <summary>
    /// Fails unless Prism passed every answer on from the fake and found nothing wrong: no sl-violations header, no
    /// answer written by Prism itself, and no violation or error line in its log for these calls.
    /// </summary>
    public async Task AssertConformsAsync(PrismProxy proxy, RecordingHandler recorder, int logOffset, int expectedCalls)
    {
        var exchanges = recorder.Exchanges.ToList();
        Assert.Equal(expectedCalls, exchanges.Count);
        var bad = exchanges.Where(e => e.Violations is not null || e.FromPrism).Select(e => e.ToString()).ToList();
        Assert.True(bad.Count == 0, "Prism reported violations:\n" + string.Join("\n", bad));
        var problems = PrismProxy.Problems(await proxy.LogSinceAsync(logOffset, ApiKey));
        Assert.True(problems.Count == 0, "Prism logged problems:\n" + string.Join("\n", problems));
    }

    private static async Task DisposeStartedAsync(params Task<PrismProxy>[] starts)
    {
        foreach (var start in starts)
        {
            try
            {
                await (await start).DisposeAsync();
            }
            catch (Exception)
            {
                // It never started; the failure that matters is already on its way up.
            }
        }
    }
}
