using System;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Quickstart;
using Veo.Contract;
using Veo.Contract.Testing;

// Quickstart: submit the vendor's example request, wait with progress, save the MP4 as ./out/<task id>.mp4.
//   dotnet run --project samples/Quickstart                      (fake server unless VEO_API_KEY is set)
//   dotnet run --project samples/Quickstart -- --resume <task id> (real service only: continue a task after a restart;
//                                                                  the in-process fake forgets its tasks when it ends)
var display = ConsoleDisplay.Create();
var apiKey = Environment.GetEnvironmentVariable(VeoClientOptions.ApiKeyEnvironmentVariable);
var useFake = string.IsNullOrWhiteSpace(apiKey);
await using var fake = useFake ? new FakeVeoServer(new FakeVeoServerOptions().CompleteAfter(TimeSpan.FromSeconds(6))) : null;

var services = new ServiceCollection();
var veo = services.AddVeoClient(options =>
{
    if (fake is not null)
    {
        // The fake is local and never rate-limits: read it every second so the bar moves smoothly.
        options.PollingInterval = TimeSpan.FromSeconds(1);
        options.MaxPollingInterval = TimeSpan.FromSeconds(1);
    }
});
if (fake is not null)
{
    // Task API calls and video downloads both go to the in-process fake, with its API key.
    veo.UseFakeVeoServer(fake);
}

await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<VeoClient>();
display.Line(useFake
    ? "No VEO_API_KEY set: running against the in-process FAKE server (no network, no cost). Set VEO_API_KEY to use the real service."
    : $"VEO_API_KEY is set: running against the REAL service at {client.Options.BaseAddress ?? VeoClientOptions.DefaultBaseAddress}.");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await new QuickstartJob(client, display, useFake, "out").RunAsync(args, stop.Token);
