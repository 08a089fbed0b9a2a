using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>The result link serves a real 24 fps H.264 MP4 until it expires, then 410.</summary>
public sealed class VideoDownloadTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    public async Task The_link_serves_a_24_fps_h264_mp4_of_the_requested_length(int seconds)
    {
        var mp4 = new Mp4File(await DownloadFinishedAsync($$"""{"model":"veo-3.1","prompt":"x","duration":{{seconds}}}"""));

        Assert.Equal(new[] { "ftyp", "moov", "mdat" }, mp4.Boxes.Select(b => b.Type));
        var ftyp = mp4.Find("ftyp");
        Assert.Equal("isom", mp4.FourCc(ftyp.BodyStart));

        // mdhd (version 0): timescale at +12, duration at +16 of the body; stts: one run of equal deltas.
        var mdhd = mp4.Find("moov", "trak", "mdia", "mdhd");
        var timescale = mp4.U32(mdhd.BodyStart + 12);
        var duration = mp4.U32(mdhd.BodyStart + 16);
        var stts = mp4.Find("moov", "trak", "mdia", "minf", "stbl", "stts");
        Assert.Equal(1u, mp4.U32(stts.BodyStart + 4));
        var frames = mp4.U32(stts.BodyStart + 8);
        var delta = mp4.U32(stts.BodyStart + 12);
        Assert.Equal(24.0, timescale / (double)delta);
        Assert.Equal((uint)(seconds * 24), frames);
        Assert.Equal(seconds, duration / (double)timescale);
        Assert.Equal("vide", mp4.FourCc(mp4.Find("moov", "trak", "mdia", "hdlr").BodyStart + 8));

        // stsd holds one avc1 entry (32x32) carrying an avcC box.
        var stsd = mp4.Find("moov", "trak", "mdia", "minf", "stbl", "stsd");
        var entry = stsd.BodyStart + 8;
        Assert.Equal("avc1", mp4.FourCc(entry + 4));
        Assert.Equal(32, mp4.U16(entry + 8 + 24));
        Assert.Equal(32, mp4.U16(entry + 8 + 26));
        Assert.Equal("avcC", mp4.FourCc(entry + 8 + 78 + 4));

        // The sample sizes cover mdat exactly, and the chunk starts where mdat's payload does.
        var stsz = mp4.Find("moov", "trak", "mdia", "minf", "stbl", "stsz");
        Assert.Equal(frames, mp4.U32(stsz.BodyStart + 8));
        var sizes = Enumerable.Range(0, (int)frames).Select(i => (int)mp4.U32(stsz.BodyStart + 12 + 4 * i)).ToArray();
        var mdat = mp4.Find("mdat");
        Assert.Equal(mdat.BodyLength, sizes.Sum());
        var stco = mp4.Find("moov", "trak", "mdia", "minf", "stbl", "stco");
        Assert.Equal((uint)mdat.BodyStart, mp4.U32(stco.BodyStart + 8));

        // Every sample is a run of length-prefixed NAL units; the first is an IDR picture and is a sync sample.
        var offset = mdat.BodyStart;
        for (var i = 0; i < sizes.Length; i++)
        {
            var end = offset + sizes[i];
            var nalType = mp4.Bytes[offset + 4] & 0x1F;
            Assert.Contains(nalType, new[] { 1, 5 });
            if (i == 0)
            {
                Assert.Equal(5, nalType);
            }

            while (offset < end)
            {
                offset += 4 + (int)mp4.U32(offset);
            }

            Assert.Equal(end, offset);
        }

        var stss = mp4.Find("moov", "trak", "mdia", "minf", "stbl", "stss");
        Assert.Equal(1u, mp4.U32(stss.BodyStart + 8));
        Assert.InRange(mp4.Bytes.Length, 1_000, 20_000);
    }

    [Fact]
    public async Task The_same_request_gets_the_same_bytes()
    {
        var first = await DownloadFinishedAsync(Requests.VendorExample);
        var second = await DownloadFinishedAsync(Requests.VendorExample);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_link_expires_after_24_hours_with_410()
    {
        var id = await _api.CreateExampleAsync();
        _api.Clock.Advance(TimeSpan.FromSeconds(110));
        var link = await VideoLinkAsync(id);

        _api.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync(link)).StatusCode);
        _api.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await _api.Http.GetAsync(link);

        ErrorBodyAssert.Valid(new ApiResponse(expired, await expired.Content.ReadAsStringAsync()), HttpStatusCode.Gone, "link_expired");
    }

    [Fact]
    public async Task There_is_no_video_before_completion_or_for_unknown_tasks()
    {
        var id = await _api.CreateExampleAsync();

        var early = await _api.Http.GetAsync($"videos/{id}.mp4");
        var unknown = await _api.Http.GetAsync("videos/task-doesnotexist.mp4");

        ErrorBodyAssert.Valid(new ApiResponse(early, await early.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
        ErrorBodyAssert.Valid(new ApiResponse(unknown, await unknown.Content.ReadAsStringAsync()), HttpStatusCode.NotFound, "video_not_found");
    }

    [Fact]
    public async Task A_failed_task_has_no_video()
    {
        var id = await _api.CreateExampleAsync();
        _api.Server.FailTask(id);

        var response = await _api.Http.GetAsync($"videos/{id}.mp4");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<byte[]> DownloadFinishedAsync(string body)
    {
        var created = await _api.CreateAsync(body);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        _api.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await _api.Http.GetAsync(await VideoLinkAsync(created.Text("task_id")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<Uri> VideoLinkAsync(string id)
    {
        var task = await _api.GetAsync(id);
        Assert.Equal("completed", task.Text("status"));
        var url = task.Json.GetProperty("result").GetProperty("videos")[0].GetProperty("url").GetString();
        return new Uri(url!);
    }
}
