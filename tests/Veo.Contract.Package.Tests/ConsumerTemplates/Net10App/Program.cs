using System;
using System.Linq;
using Veo.Contract;
using Veo.Contract.Testing;
using VeoConsumer.Shared;

// The fake completes a task 300 ms after it is created; the client polls often enough to see it soon after.
await using var server = new FakeVeoServer(new FakeVeoServerOptions().CompleteAfter(TimeSpan.FromMilliseconds(300)));
var client = server.CreateVeoClient(new VeoClientOptions
{
    ApiKey = server.ApiKey,
    PollingInterval = TimeSpan.FromMilliseconds(50),
    MaxPollingInterval = TimeSpan.FromMilliseconds(200),
});

// Compiles because .editorconfig turns VEO0003 off; the client still refuses to send it, under the same id.
try
{
    await client.CreateTaskAsync(FullHdRequests.TooShortForFullHd());
    Console.WriteLine("sent: the invalid request was not stopped");
    return 1;
}
catch (VeoValidationException exception)
{
    Console.WriteLine("rejected before sending: " + string.Join(",", exception.Violations.Select(violation => violation.Id)));
}

var operation = await client.SubmitAsync(FullHdRequests.Valid());
var task = await operation.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
Console.WriteLine($"task {task.TaskId}: {task.Status}");
return task.Status == VeoTaskStatuses.Completed ? 0 : 2;
