using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>Many concurrent clients on loopback: no task is lost and none answers with another's fields.</summary>
public sealed class LoadTests : IAsyncLifetime
{
    private const int Calls = 2000;
    private const int Clients = 32;
    private readonly FakeApi _api = new();

    public async Task InitializeAsync() => await _api.Server.StartLoopbackAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Two_thousand_creates_and_gets_from_32_clients_all_find_their_own_task()
    {
        // Each request carries a unique model id (accepted with a warning), so a mixed-up answer shows.
        var next = -1;
        var seen = new ConcurrentDictionary<string, string>();
        var failures = new ConcurrentQueue<string>();
        var clients = Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var http = new HttpClient { BaseAddress = _api.Server.LoopbackAddress };
            var api = new ApiCaller(http);
            int i;
            while ((i = Interlocked.Increment(ref next)) < Calls)
            {
                var model = "veo-load-" + i.ToString(CultureInfo.InvariantCulture);
                // Unknown actions are accepted (a warning), whatever their spelling.
                var action = i % 2 == 0 ? "generate" : "load-" + i.ToString(CultureInfo.InvariantCulture);
                var created = await api.CreateAsync($$"""{"model":"{{model}}","action":"{{action}}","prompt":"call {{i}}"}""");
                if (created.Status != HttpStatusCode.OK || created.Text("model") != model || created.Text("action") != action)
                {
                    failures.Enqueue($"create {i}: {(int)created.Status} {created.Body}");
                    continue;
                }

                var id = created.Text("task_id");
                if (!seen.TryAdd(id, model))
                {
                    failures.Enqueue($"create {i}: duplicate id {id}");
                }

                var task = await api.GetAsync(id);
                if (task.Status != HttpStatusCode.OK || task.Text("task_id") != id || task.Text("model") != model
                    || task.Text("action") != action || task.Text("status") != "queued")
                {
                    failures.Enqueue($"get {i}: {(int)task.Status} {task.Body}");
                }
            }
        }).ToArray();

        await Task.WhenAll(clients).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Empty(failures);
        Assert.Equal(Calls, seen.Count);
        Assert.Equal(Calls, _api.Server.TaskCount);
    }
}
