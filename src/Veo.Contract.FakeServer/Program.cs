using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Veo.Contract;
using Veo.Contract.FakeServer;
using Veo.Contract.Testing;

// The standalone fake Veo server: a thin host over Veo.Contract.Testing's loopback mode.
FakeServerArguments arguments;
try
{
    arguments = FakeServerArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(FakeServerArguments.Usage);
    return 2;
}

if (arguments.ShowHelp)
{
    Console.WriteLine(FakeServerArguments.Usage);
    return 0;
}

var options = new FakeVeoServerOptions
{
    ApiKey = arguments.ApiKey,
    TaskRetention = arguments.Retention,
    MaxStoredTasks = arguments.MaxTasks,
    PublicBaseAddress = arguments.PublicBaseUrl,
};

// A link must not outlive the task it belongs to: expires_at then says when the download stops working.
if (arguments.Retention < options.VideoLinkLifetime)
{
    options.VideoLinkLifetime = arguments.Retention;
}

if (arguments.CompleteAfter is { } completeAfter)
{
    options.CompleteAfter(completeAfter);
}

await using var server = new FakeVeoServer(options);
Uri address;
try
{
    address = await server.StartLoopbackAsync(arguments.Url);
}
catch (Exception ex) when (ex is System.IO.IOException or InvalidOperationException or FormatException or UriFormatException)
{
    Console.Error.WriteLine($"Cannot listen on {arguments.Url}: {ex.Message}");
    return 1;
}

var stopped = new TaskCompletionSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stopped.TrySetResult(); });
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stopped.TrySetResult(); });

var total = options.QueuedDuration + options.ProcessingDuration;
Console.WriteLine($"Fake Veo server listening on {address}");
Console.WriteLine($"API key: {server.ApiKey}   tasks: queued {options.QueuedDuration.TotalSeconds:0.###} s, completed after {total.TotalSeconds:0.###} s");
Console.WriteLine($"Ended tasks are kept {options.TaskRetention}, at most {options.MaxStoredTasks} tasks; links start with {options.PublicBaseAddress ?? address}");
Console.WriteLine($"Try: curl -X POST {address}v1/tasks -H \"Authorization: Bearer {server.ApiKey}\" -H \"Content-Type: application/json\" -d '{{\"model\":\"{VeoModels.Veo31}\",\"prompt\":\"A golden retriever running on a beach\"}}'");
Console.WriteLine("Press Ctrl+C to stop.");
await stopped.Task;
Console.WriteLine("Stopping.");
return 0;
