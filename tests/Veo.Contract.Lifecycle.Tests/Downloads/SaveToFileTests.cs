using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Downloads;

/// <summary>Saving to a file: the path is checked, the video is written to a hidden sibling and then moved over any older file.</summary>
public sealed class SaveToFileTests : IDisposable
{
    private static readonly byte[] Video = { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 9, 8, 7 };

    private readonly TestClock _clock = new();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_path_is_refused(string path)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client().DownloadVideoToFileAsync(Completed(), path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains("file path is required", error.Message);
    }

    [Fact]
    public async Task The_video_is_written_to_a_hidden_sibling_and_then_replaces_an_older_file()
    {
        var target = Path.Combine(_folder.Path, "video.mp4");
        File.WriteAllText(target, "an older video");
        var seen = new List<string>();
        var progress = new SynchronousProgress<VeoDownloadProgress>(report =>
        {
            if (report.BytesReceived > 0)
            {
                seen.AddRange(_folder.Files());
            }
        });

        var path = await Client().DownloadVideoToFileAsync(Completed(), Path.Combine(_folder.Path, ".", "video.mp4"), progress);

        Assert.Equal(target, path);
        Assert.Equal(Video, File.ReadAllBytes(target));
        Assert.Equal(new[] { target }, _folder.Files());
        var partial = Path.GetFileName(Assert.Single(seen, file => file != target));
        Assert.Matches(@"^\.video\.mp4\.[0-9a-f]{32}\.part$", partial);
    }

    private VeoClient Client()
        => Clients.OnStub(new ScriptedHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Video) }), _clock);

    private static VeoTask Completed() => new()
    {
        TaskId = TaskJson.TaskId,
        Status = VeoTaskStatuses.Completed,
        Result = new TaskResult { Videos = new List<TaskVideo> { new() { Url = JsonDocument.Parse("\"https://cdn.stub.test/v.mp4\"").RootElement } } },
    };
}
