#:package Veo.Contract@{{VeoContractVersion}}

// A .NET 10 file-based app: `dotnet run app.cs -- <mp4 path>`. The package comes from the feed in the nuget.config
// above this folder. File-based apps turn reflection-based JSON off, so this runs only on source-generated JSON.
using Veo.Contract;

var options = new VeoClientOptions
{
    PollingInterval = TimeSpan.FromMilliseconds(100),
    MaxPollingInterval = TimeSpan.FromMilliseconds(250),
}.ApplyEnvironment();
using var http = new HttpClient();
var client = new VeoClient(http, options);

var operation = await client.SubmitAsync(new CreateTaskRequest
{
    Model = VeoModels.Veo31,
    Prompt = "Lanterns rising over a dark lake, slow pan",
    AspectRatio = AspectRatio.Portrait9x16,
    Duration = 6,
});
var task = await operation.WaitForCompletionAsync(TimeSpan.FromSeconds(60));
var saved = await operation.DownloadVideoToFileAsync(args[0]);
Console.WriteLine($"task {task.TaskId}: {task.Status}, video saved to {saved}");
return task.Status == VeoTaskStatuses.Completed ? 0 : 2;
