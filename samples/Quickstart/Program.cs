using System;
using System.IO;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Quickstart;
using Veo.Contract;
using Veo.Contract.Testing;

// Quickstart: submit the vendor's example request, wait with progress, save the MP4 under ./out/.
//   dotnet run --project samples/Quickstart                      (fake server unless VEO_API_KEY is set)
//   dotnet run --project samples/Quickstart -- --resume <task id> (real service: continue a task after a restart)
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

VeoTaskOperation? operation = null;
try
{
    if (args.Length == 2 && args[0] == "--resume")
    {
        operation = client.GetOperation(args[1]);
        display.Line($"Resuming task {operation.Id}.");
    }
    else
    {
        var request = new CreateTaskRequest
        {
            Model = VeoModels.Veo31,
            Action = VeoActions.Generate,
            Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
            AspectRatio = AspectRatio.Landscape16x9,
            Duration = 8,
            Resolution = Resolution.FullHd1080p,
        };
        operation = await client.SubmitAsync(request, stop.Token);
        display.Line($"Submitted task {operation.Id} ({request.Model}, {request.Duration} s, {VeoWireValues.Of(request.Resolution) ?? "default resolution"}, {VeoWireValues.Of(request.AspectRatio) ?? "default aspect ratio"}). Keep this id to resume.");
    }

    var target = Path.Combine("out", operation.Id + ".mp4");
    var saved = await display.RunAsync(
        async (generation, download) =>
        {
            await operation.WaitForCompletionAsync(generation, stop.Token);
            return await operation.DownloadVideoToFileAsync(target, download, stop.Token);
        });

    var isMp4 = Mp4Check.TryDescribe(saved, out var check);
    display.Line($"Saved {saved} ({new FileInfo(saved).Length:N0} bytes, {check}).");
    return isMp4 ? 0 : 4;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    display.Line(operation is null ? "Stopped before submitting." : $"Stopped. The task goes on: resume with --resume {operation.Id}");
    return 130;
}
catch (VeoValidationException invalid)
{
    display.Line(invalid.Message);
    return 2;
}
catch (VeoWaitTimeoutException timeout)
{
    display.Line(timeout.Message);
    return 3;
}
catch (VeoException failure)
{
    display.Line($"{failure.GetType().Name}: {failure.Message}");
    return 1;
}
