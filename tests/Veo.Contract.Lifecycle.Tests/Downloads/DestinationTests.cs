using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Veo.Contract.Testing;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>
/// Where a video goes: a folder path gets a file named after the task, a destination that cannot be written fails before
/// the wait, and every file error is a VeoDownloadDestinationException naming the path the caller gave and the task,
/// with the file error inside (a `catch (IOException)` no longer sees it).
/// </summary>
public sealed class DestinationTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly TempFolder _folder = new();
    private FakeVeoServer _server = null!;
    private readonly RequestLog _requests = new();
    private VeoClient _client = null!;

    public Task InitializeAsync()
    {
        _server = Clients.FakeServer(_clock);
        _client = Clients.OnFake(new RecordingHandler(_server.CreateHandler(), _requests), _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_destination_that_cannot_be_written_fails_before_the_wait_naming_the_path_given_and_the_task()
    {
        // A folder cannot be made where a file stands, whoever runs the test (root included).
        File.WriteAllText(Path.Combine(_folder.Path, "blocker"), "a file, not a folder");
        var given = Path.Combine(_folder.Path, "blocker", "out", "video.mp4");
        var operation = await _client.SubmitAsync(Clients.VendorExample());
        var readsBefore = _requests.Count("GET", "/v1/tasks/");

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoDownloadDestinationException>(() => operation.WaitAndDownloadVideoToFileAsync(given)));

        Assert.Equal(0, readsBefore);
        Assert.Equal(0, _requests.Count("GET", "/v1/tasks/"));
        Assert.Equal(given, error.Path);
        Assert.Equal(operation.Id, error.TaskId);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains($"'{given}'", error.Message);
        Assert.Contains($"task '{operation.Id}'", error.Message);
        Assert.DoesNotContain(".part", error.Message);
        Assert.Equal(new[] { Path.Combine(_folder.Path, "blocker") }, _folder.Files());
    }

    [Fact]
    public async Task A_file_error_of_a_plain_download_is_a_download_exception_naming_the_path_and_the_task()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "blocker"), "a file, not a folder");
        var given = Path.Combine(_folder.Path, "blocker", "video.mp4");
        var operation = await CompletedOperationAsync();

        // Typed as the base class on purpose: before, the raw IOException escaped and `catch (IOException)` caught it.
        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoDownloadException>(() => operation.DownloadVideoToFileAsync(given)));

        Assert.Equal(operation.Id, error.TaskId);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains($"'{given}'", error.Message);
        Assert.DoesNotContain(".part", error.Message);
    }

    [Fact]
    public async Task A_folder_path_gets_a_file_named_after_the_task()
    {
        var folder = "out" + Path.DirectorySeparatorChar;
        var operation = await _client.SubmitAsync(Clients.VendorExample());

        var path = await _clock.RunAsync(operation.WaitAndDownloadVideoToFileAsync(Path.Combine(_folder.Path, folder)));

        Assert.Equal(Path.Combine(_folder.Path, "out", operation.Id + ".mp4"), path);
        Assert.True(Mp4.LooksValid(path));
        Assert.Equal(new[] { path }, _folder.Files());
    }

    [Fact]
    public async Task An_existing_directory_without_a_trailing_separator_gets_a_file_named_after_the_task()
    {
        var videos = Directory.CreateDirectory(Path.Combine(_folder.Path, "videos")).FullName;
        var operation = await CompletedOperationAsync();

        var path = await operation.DownloadVideoToFileAsync(videos);

        Assert.Equal(Path.Combine(videos, operation.Id + ".mp4"), path);
        Assert.True(Mp4.LooksValid(path));
    }

    [Fact]
    public async Task The_check_before_the_wait_leaves_nothing_behind_but_the_video()
    {
        var given = Path.Combine(_folder.Path, "new", "deeper", "video.mp4");
        var operation = await _client.SubmitAsync(Clients.VendorExample());

        var path = await _clock.RunAsync(operation.WaitAndDownloadVideoToFileAsync(given));

        Assert.Equal(given, path);
        Assert.Equal(new[] { given }, _folder.Files());
    }

    [Fact]
    public async Task A_stream_that_refuses_the_bytes_is_a_destination_error_not_a_broken_download()
    {
        var operation = await CompletedOperationAsync();
        using var full = new FullDiskStream(acceptBytes: 1000);

        var error = CapturedText.Exception(await Assert.ThrowsAnyAsync<VeoDownloadException>(() => operation.DownloadVideoAsync(full)));

        Assert.IsType<VeoDownloadDestinationException>(error);
        Assert.Null(((VeoDownloadDestinationException)error).Path);
        Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("destination stream", error.Message);
        Assert.Contains("No space left on device", error.Message);
        Assert.DoesNotContain("broke off", error.Message);
        Assert.True(error.BytesReceived > 0);
    }

    [Fact]
    public void A_file_error_names_the_callers_file_instead_of_the_hidden_one()
    {
        var destination = VideoDestination.For(Path.Combine(_folder.Path, "video.mp4"), "task-1");
        var hidden = new IOException($"No space left on device : '{destination.HiddenPath}'");

        var error = destination.Failure(hidden, 4096);

        Assert.Contains($"No space left on device : '{destination.FullPath}'", error.Message);
        Assert.DoesNotContain(destination.HiddenPath, error.Message);
        Assert.Same(hidden, error.InnerException);
        Assert.Equal(4096, error.BytesReceived);
    }

    [Theory]
    [InlineData("task-wave1", "task-wave1.mp4")]
    [InlineData("a/b\\c", "a_b_c.mp4")]
    [InlineData("  ", "video.mp4")]
    public void A_folder_destination_takes_a_file_name_from_the_task_id(string taskId, string expected)
    {
        var destination = VideoDestination.For(_folder.Path + Path.DirectorySeparatorChar, taskId);

        Assert.Equal(Path.Combine(_folder.Path, expected), destination.FullPath);
    }

    private async Task<VeoTaskOperation> CompletedOperationAsync()
    {
        var operation = await _client.SubmitAsync(Clients.VendorExample());
        await _clock.RunAsync(operation.WaitForCompletionAsync());
        return operation;
    }

    /// <summary>A destination that takes some bytes and then fails the way a full disk does.</summary>
    private sealed class FullDiskStream(int acceptBytes) : MemoryStream
    {
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Length + count > acceptBytes
                ? throw new IOException("No space left on device")
                : base.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
