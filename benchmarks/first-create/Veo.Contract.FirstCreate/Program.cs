using System;
using System.Globalization;
using System.Net.Http;
using Veo.Contract;

// One validated create, as an app's first call: the client, its rule table, its JSON metadata and HttpClient are all
// used for the first time here. Prints the wall-clock times (Unix microseconds) at which Main started and the response
// arrived, so run.sh can split the runtime's own start from the first call.
var mainStarted = UnixMicroseconds();
var options = new VeoClientOptions().ApplyEnvironment();
using var http = new HttpClient();
var client = new VeoClient(http, options);
var created = await client.CreateTaskAsync(new CreateTaskRequest
{
    Model = VeoModels.Veo31,
    Prompt = "A golden retriever running on a beach at sunset, cinematic lighting, slow motion",
    Resolution = Resolution.FullHd1080p,
    Duration = 8,
});
var respondedAt = UnixMicroseconds();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"created {created.TaskId} at {respondedAt}, main at {mainStarted}"));

static long UnixMicroseconds() => (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
