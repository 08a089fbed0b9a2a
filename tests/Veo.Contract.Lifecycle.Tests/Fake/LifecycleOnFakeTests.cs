using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Fake;

/// <summary>The whole lifecycle against the in-process fake server, on a fake clock.</summary>
public sealed class LifecycleOnFakeTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly TempFolder _folder = new();
    private FakeVeoServer _server = null!;
    private VeoClient _client = null!;

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        _client = Clients.OnFake(_server.CreateHandler(), _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Submit_wait_and_download_give_a_valid_mp4_with_rising_progress()
    {
        var reports = new List<VeoTaskProgress>();

        var operation = await _client.SubmitAsync(Clients.VendorExample());
        var task = await _clock.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<VeoTaskProgress>(reports.Add)));
        var path = await operation.DownloadVideoToFileAsync(Path.Combine(_folder.Path, "out", "video.mp4"));

        Assert.Equal("completed", task.Status);
        Assert.Equal("queued", reports[0].Status);
        Assert.Contains(reports, report => report.Status == "processing");
        Assert.Equal(100, reports[^1].Percent);
        Assert.Equal(reports.Select(report => report.Percent).OrderBy(percent => percent), reports.Select(report => report.Percent));
        Assert.True(Mp4.LooksValid(path));
        Assert.Equal(new[] { path }, _folder.Files());
        Assert.Equal(1, _server.TaskCount);
    }

    [Fact]
    public async Task A_new_client_resumes_a_task_by_id_without_submitting_again()
    {
        var submitted = await _client.SubmitAsync(Clients.VendorExample());
        var savedId = submitted.Id;

        var restarted = Clients.OnFake(_server.CreateHandler(), _clock);
        var resumed = restarted.GetOperation(savedId);
        var task = await _clock.RunAsync(resumed.WaitForCompletionAsync());
        using var video = new MemoryStream();
        await resumed.DownloadVideoAsync(video);

        Assert.Equal(savedId, task.TaskId);
        Assert.True(Mp4.LooksValid(video.ToArray()));
        Assert.Equal(1, _server.TaskCount);
    }

    [Fact]
    public async Task A_queued_task_can_be_cancelled_and_waiting_on_it_then_says_so()
    {
        var operation = await _client.SubmitAsync(Clients.VendorExample());

        var cancelled = await operation.CancelAsync();
        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskCancelledException>(() => _clock.RunAsync(operation.WaitForCompletionAsync())));

        Assert.Equal("cancelled", cancelled.Status);
        Assert.True(cancelled.Refunded);
        Assert.Equal(operation.Id, error.TaskId);
    }

    [Fact]
    public async Task A_task_that_is_already_processing_cannot_be_cancelled()
    {
        var operation = await _client.SubmitAsync(Clients.VendorExample());
        _clock.Fake.Advance(TimeSpan.FromSeconds(5));

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => operation.CancelAsync()));

        Assert.Equal(400, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.ErrorCode));
        Assert.Empty(error.ValidationCodes);
    }

    [Fact]
    public async Task A_failed_task_surfaces_the_fakes_error_code()
    {
        _server.FailNextTasks(1, "Safety filter.");
        var operation = await _client.SubmitAsync(Clients.VendorExample());

        var failed = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskFailedException>(() => _clock.RunAsync(operation.WaitForCompletionAsync())));

        Assert.Equal("task_failed", failed.ErrorCode);
        Assert.Equal("Safety filter.", failed.ErrorMessage);
    }

    [Fact]
    public async Task The_fake_rejects_a_rule_break_with_the_same_rule_id_the_client_would_report()
    {
        var client = Clients.OnFake(_server.CreateHandler(), _clock, options => options.ValidateBeforeSend = false);
        var request = Clients.VendorExample();
        request.Duration = 4;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoBadRequestException>(() => client.SubmitAsync(request)));

        Assert.Contains("VEO0003", error.ValidationCodes);
        Assert.Contains(request.Validate(), violation => violation.Id == "VEO0003");
        Assert.Equal(0, _server.TaskCount);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_and_the_key_is_in_no_message()
    {
        var client = Clients.OnFake(_server.CreateHandler(), _clock, options => options.ApiKey = Secrets.ApiKey + "-wrong");

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoAuthenticationException>(() => client.SubmitAsync(Clients.VendorExample())));

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain(Secrets.ApiKey, error.ToString());
    }

    [Fact]
    public async Task Insufficient_balance_and_unknown_ids_are_distinct_cases()
    {
        _server.InjectFault(FakeVeoFault.InsufficientBalance());

        var balance = CapturedText.Exception(await Assert.ThrowsAsync<VeoInsufficientBalanceException>(() => _client.SubmitAsync(Clients.VendorExample())));
        var missing = CapturedText.Exception(await Assert.ThrowsAsync<VeoTaskNotFoundException>(() => _client.GetOperation("task-nope").UpdateStatusAsync()));

        Assert.Equal(402, balance.StatusCode);
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal(0, _server.TaskCount);
    }

    [Fact]
    public async Task A_429_then_success_while_waiting_completes_the_task()
    {
        var operation = await _client.SubmitAsync(Clients.VendorExample());
        _server.InjectFault(FakeVeoFault.RateLimited(TimeSpan.FromSeconds(9)));

        var task = await _clock.RunAsync(operation.WaitForCompletionAsync());

        Assert.Equal("completed", task.Status);
        Assert.Equal(9.0, _clock.Waits[1].TotalSeconds);
    }
}
