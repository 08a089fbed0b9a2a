using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Operations;

/// <summary>SynchronousProgress hands every report over before the reporting code goes on, unlike Progress&lt;T&gt;.</summary>
public class SynchronousProgressTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public void Report_has_run_the_handler_when_it_returns()
    {
        var seen = new List<int>();
        var progress = new SynchronousProgress<int>(seen.Add);

        progress.Report(1);
        Assert.Equal(new[] { 1 }, seen);
        progress.Report(2);
        Assert.Equal(new[] { 1, 2 }, seen);
    }

    [Fact]
    public async Task The_final_100_percent_report_is_handled_before_the_wait_returns()
    {
        var handler = new ScriptedHandler()
            .Json(HttpStatusCode.OK, TaskJson.Created)
            .Task("processing", 40)
            .Task("completed", 100, "\"result\":{\"videos\":[{\"url\":\"https://cdn.stub.test/v.mp4\",\"expires_at\":1775371742}]}");
        var client = Clients.OnStub(handler, _clock);
        var reports = new List<string>();
        var handledWhenWaitReturned = -1;

        var operation = await client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(p => reports.Add($"{p.Status} {p.Percent}")))
            .ContinueWith(wait => handledWhenWaitReturned = reports.Count, TaskScheduler.Default));

        Assert.Equal(new[] { "queued 0", "processing 40", "completed 100" }, reports);
        Assert.Equal(3, handledWhenWaitReturned);
    }

    [Fact]
    public void A_missing_handler_is_refused()
        => Assert.Throws<ArgumentNullException>(() => new SynchronousProgress<VeoTaskProgress>(null!));
}
