using System;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract;

// Every JSON shape the client reads or writes, in a native binary, through the DI registration (options, typed
// HttpClient): a create, status reads, the video download, a cancel and an API error body. VEO_BASE_URL and
// VEO_API_KEY point it at the fake; the one argument is the MP4 path.
var services = new ServiceCollection();
services.AddVeoClient(options =>
{
    options.PollingInterval = TimeSpan.FromMilliseconds(100);
    options.MaxPollingInterval = TimeSpan.FromMilliseconds(250);
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<VeoClient>();

var operation = await client.SubmitAsync(new CreateTaskRequest
{
    Model = VeoModels.Veo31Fast,
    Prompt = "A paper boat drifting down a rain-filled gutter, close-up",
    Resolution = Resolution.FullHd1080p,
    Duration = 8,
});

// Cancelled while still queued: the cancel response is read too.
var unwanted = await client.SubmitAsync(new CreateTaskRequest { Model = VeoModels.Veo31, Prompt = "A second clip nobody needs" });
var cancelled = await unwanted.CancelAsync();
Console.WriteLine($"task {cancelled.TaskId}: {cancelled.Status}");

try
{
    await client.GetTaskAsync("task-that-does-not-exist");
    Console.WriteLine("no error for an unknown task");
    return 1;
}
catch (VeoTaskNotFoundException notFound)
{
    Console.WriteLine($"unknown task: {notFound.StatusCode} {notFound.ErrorCode}");
}

var task = await operation.WaitForCompletionAsync(TimeSpan.FromSeconds(60));
var saved = await operation.DownloadVideoToFileAsync(args[0]);
Console.WriteLine($"task {task.TaskId}: {task.Status}, video saved to {saved}");
return task.Status == VeoTaskStatuses.Completed ? 0 : 2;
