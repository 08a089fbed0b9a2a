using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>
/// The fake's MP4 has what the request asked for, read back from its boxes and its H.264 SPS by readers written
/// for the test: frame size by resolution and aspect ratio, length, 24 fps, and a silent AAC track beside the video.
/// ffprobe and ffmpeg agreed by hand (src/Veo.Contract.Testing/PACKAGE.md); these tests do not need them.
/// </summary>
public sealed class FakeVideoFormatTests : IAsyncLifetime
{
    private readonly FakeApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("720p", "16:9", 4, 1280, 720, 31)]
    [InlineData("720p", "16:9", 6, 1280, 720, 31)]
    [InlineData("720p", "16:9", 8, 1280, 720, 31)]
    [InlineData("720p", "9:16", 4, 720, 1280, 31)]
    [InlineData("720p", "9:16", 6, 720, 1280, 31)]
    [InlineData("720p", "9:16", 8, 720, 1280, 31)]
    [InlineData("1080p", "16:9", 8, 1920, 1080, 40)]
    [InlineData("1080p", "9:16", 8, 1080, 1920, 40)]
    [InlineData("4k", "16:9", 8, 3840, 2160, 51)]
    [InlineData("4k", "9:16", 8, 2160, 3840, 51)]
    public async Task The_video_has_the_requested_frame_size_and_length_at_24_fps(string resolution, string aspectRatio, int seconds, int width, int height, int level)
    {
        var body = $$"""{"model":"veo-3.1","prompt":"x","resolution":"{{resolution}}","aspect_ratio":"{{aspectRatio}}","duration":{{seconds}}}""";

        var mp4 = new Mp4File(await _api.CreateAndDownloadVideoAsync(body));

        AssertVideo(mp4, width, height, seconds, level);
    }

    [Theory]
    [InlineData("", 1280, 720, 8, 31)]
    [InlineData(""","aspect_ratio":"9:16" """, 720, 1280, 8, 31)]
    [InlineData(""","duration":4""", 1280, 720, 4, 31)]
    [InlineData(""","resolution":"1080p" """, 1920, 1080, 8, 40)]
    public async Task Fields_left_out_take_the_vendors_defaults_720p_16_by_9_and_8_seconds(string fields, int width, int height, int seconds, int level)
    {
        var mp4 = new Mp4File(await _api.CreateAndDownloadVideoAsync($$"""{"model":"veo-3.1","prompt":"x"{{fields}}}"""));

        AssertVideo(mp4, width, height, seconds, level);
    }

    [Fact]
    public async Task Frame_cropping_hides_the_macroblock_rows_and_columns_past_1080()
    {
        var landscape = Sps(new Mp4File(await _api.CreateAndDownloadVideoAsync(Body("1080p", "16:9"))));
        var portrait = Sps(new Mp4File(await _api.CreateAndDownloadVideoAsync(Body("1080p", "9:16"))));

        Assert.Equal((120, 68, 0, 8), (landscape.WidthInMacroblocks, landscape.HeightInMapUnits, landscape.CropRight, landscape.CropBottom));
        Assert.Equal((68, 120, 8, 0), (portrait.WidthInMacroblocks, portrait.HeightInMapUnits, portrait.CropRight, portrait.CropBottom));
    }

    private static string Body(string resolution, string aspectRatio)
        => $$"""{"model":"veo-3.1","prompt":"x","resolution":"{{resolution}}","aspect_ratio":"{{aspectRatio}}"}""";

    private static H264Sps Sps(Mp4File mp4)
        => H264Sps.Parse(Mp4TrackInfo.ReadAll(mp4).Single(t => t.Handler == "vide").Avc!.Value.Sps);

    private static void AssertVideo(Mp4File mp4, int width, int height, int seconds, int level)
    {
        Assert.Equal(new[] { "ftyp", "moov", "mdat" }, mp4.Boxes.Select(b => b.Type));
        Assert.Equal("isom", mp4.FourCc(mp4.Find("ftyp").BodyStart));

        // A test of a 4k download should not need a big file: the key frame is about a byte per macroblock.
        Assert.InRange(mp4.Bytes.Length, 5_000, 100_000);

        // mvhd (version 0): timescale at +12, duration at +16 of the body.
        var mvhd = mp4.Find("moov", "mvhd").BodyStart;
        var movieTimescale = mp4.U32(mvhd + 12);
        Assert.Equal(seconds, mp4.U32(mvhd + 16) / (double)movieTimescale);

        var tracks = Mp4TrackInfo.ReadAll(mp4);
        Assert.Equal(new[] { "vide", "soun" }, tracks.Select(t => t.Handler));
        Assert.Equal(new[] { 1u, 2u }, tracks.Select(t => t.TrackId));
        foreach (var track in tracks)
        {
            Assert.Equal(seconds, track.TrackDuration / (double)movieTimescale);
            Assert.Equal(seconds, track.Duration / (double)track.Timescale);
            Assert.Equal(track.Duration, track.TimeToSample.Sum(e => (long)e.Count * e.Delta));
            Assert.Equal(track.SampleCount, track.SampleSizes.Length);
            Assert.All(track.SampleSizes, size => Assert.True(size > 0));
        }

        AssertSamplesFillMdat(mp4, tracks);
        AssertVideoTrack(mp4, tracks[0], width, height, seconds, level);
        AssertSilentAacTrack(tracks[1], seconds);
    }

    private static void AssertVideoTrack(Mp4File mp4, Mp4TrackInfo video, int width, int height, int seconds, int level)
    {
        Assert.Equal((width, height), (video.TrackWidth, video.TrackHeight));
        Assert.Equal("avc1", video.SampleEntry);
        Assert.Equal((width, height), (video.EntryWidth, video.EntryHeight));

        // 24 fps from the sample table (one run of equal frame durations) and from the SPS's own timing.
        var run = Assert.Single(video.TimeToSample);
        Assert.Equal(24.0, video.Timescale / (double)run.Delta);
        Assert.Equal((uint)(24 * seconds), run.Count);

        var avc = video.Avc!.Value;
        var sps = H264Sps.Parse(avc.Sps);
        Assert.Equal((width, height), (sps.Width, sps.Height));
        Assert.Equal(24.0, sps.FramesPerSecond);
        Assert.Equal((66, 0xC0, level), (sps.ProfileIdc, sps.Constraints, sps.LevelIdc)); // Constrained Baseline
        Assert.Equal((sps.ProfileIdc, sps.Constraints, sps.LevelIdc), (avc.Profile, avc.Compatibility, avc.Level));
        Assert.True(sps.FrameMbsOnly);
        Assert.Equal(8, avc.Pps[0] & 0x1F);

        // One key frame, first: an IDR access unit, then non-IDR slices, each sample whole length-prefixed NAL units.
        Assert.Equal(new[] { 1u }, video.SyncSamples);
        var ranges = video.SampleRanges();
        for (var i = 0; i < ranges.Count; i++)
        {
            var (offset, size) = ranges[i];
            var end = offset + size;
            Assert.Equal(i == 0 ? 5 : 1, mp4.Bytes[offset + 4] & 0x1F);
            while (offset < end)
            {
                offset += 4 + mp4.U32((int)offset);
            }

            Assert.Equal(end, offset);
        }
    }

    private static void AssertSilentAacTrack(Mp4TrackInfo audio, int seconds)
    {
        Assert.Equal((0, 0), (audio.TrackWidth, audio.TrackHeight));
        Assert.Equal("mp4a", audio.SampleEntry);
        Assert.Equal((2, 48_000), (audio.EntryChannels, audio.EntrySampleRate));
        Assert.Equal(48_000u, audio.Timescale);
        Assert.Null(audio.SyncSamples);

        // MPEG-4 audio; AudioSpecificConfig: object type 2 (AAC-LC), sampling index 3 (48 kHz), 2 channels.
        Assert.Equal(0x40, audio.ObjectTypeIndication);
        var config = audio.AudioSpecificConfig!;
        Assert.True(config.Length >= 2);
        Assert.Equal((2, 3, 2), (config[0] >> 3, ((config[0] & 7) << 1) | (config[1] >> 7), (config[1] >> 3) & 0xF));

        // Frames of 1024 samples cover the length; only the last may be cut short to end with the video.
        Assert.Equal((long)Math.Ceiling(seconds * 48_000 / 1024.0), audio.SampleCount);
        Assert.Equal(1024u, audio.TimeToSample[0].Delta);
        Assert.InRange(audio.TimeToSample[^1].Delta, 1u, 1024u);
        Assert.True(audio.TimeToSample.Count == 1 || audio.TimeToSample[^1].Count == 1);
    }

    // Every sample of both tracks lies inside mdat, none overlaps another, and together they fill it exactly.
    private static void AssertSamplesFillMdat(Mp4File mp4, List<Mp4TrackInfo> tracks)
    {
        var mdat = mp4.Find("mdat");
        var ranges = tracks.SelectMany(t => t.SampleRanges()).OrderBy(r => r.Offset).ToList();
        long next = mdat.BodyStart;
        foreach (var (offset, size) in ranges)
        {
            Assert.Equal(next, offset);
            next = offset + size;
        }

        Assert.Equal(mdat.Start + mdat.Size, next);
    }
}
