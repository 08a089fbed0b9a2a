using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// Each of the client's limits also runs a real-time timer as a backstop (so a clock that never moves cannot hold a
/// stall open). A finished call stops those timers: left running, every call would keep two timers alive for the whole
/// attempt and overall timeouts, and a busy client would pile up thousands.
/// </summary>
public class RealTimeBackstopTests
{
    private const int Calls = 400;

    [Fact]
    public async Task Finished_calls_leave_no_real_time_timer_running()
    {
        var handler = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TaskJson.Of("processing", 40), Encoding.UTF8, "application/json") });

        // Hours, so no backstop can pass on its own during the test.
        var client = Clients.OnStub(handler, new TestClock(), options =>
        {
            options.AttemptTimeout = TimeSpan.FromHours(1);
            options.TotalRequestTimeout = TimeSpan.FromHours(2);
        });
        await client.GetTaskAsync(TaskJson.TaskId);
        var before = Timer.ActiveCount;

        for (var i = 0; i < Calls; i++)
        {
            await client.GetTaskAsync(TaskJson.TaskId);
        }

        // Timer.ActiveCount is process-wide: other tests running alongside start and stop a few timers of their own,
        // far fewer than the two per call a leak would leave (800 here).
        Assert.InRange(Timer.ActiveCount - before, long.MinValue, Calls / 4);
    }
}
