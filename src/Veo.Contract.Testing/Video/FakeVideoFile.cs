using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// The fake's "generated" video: an MP4 of the requested frame size and length at 24 fps, with an H.264 track of
/// colour bars (one key frame, then repeats) and an AAC track of silence.
/// </summary>
internal static class FakeVideoFile
{
    public static byte[] Build(FakeVideoFormat format)
    {
        var encoder = new H264ColourBarsEncoder(format.Width, format.Height, FakeVideoFormat.FramesPerSecond);
        return Mp4Muxer.Mux(new[] { VideoTrack(encoder, format), AudioTrack(format) });
    }

    private static Mp4Track VideoTrack(H264ColourBarsEncoder encoder, FakeVideoFormat format)
    {
        var samples = new List<byte[]>(format.FrameCount) { Mp4Muxer.Sample(encoder.KeyFrame()) };
        for (var frame = 1; frame < format.FrameCount; frame++)
        {
            samples.Add(Mp4Muxer.Sample(encoder.RepeatFrame(frame)));
        }

        // The timescale ffmpeg's MP4 muxer picks for 24 fps: 512 ticks a frame.
        const int ticksPerFrame = 512;
        return new Mp4Track("vide", ticksPerFrame * FakeVideoFormat.FramesPerSecond, samples, new[] { (format.FrameCount, ticksPerFrame) }, w => Mp4SampleEntries.Avc1(w, encoder))
        {
            SyncSamples = new[] { 0 },
            Width = format.Width,
            Height = format.Height,
        };
    }

    private static Mp4Track AudioTrack(FakeVideoFormat format)
    {
        // Whole frames cover the length; the last one is shortened in stts when 1024 does not divide it (4 s and 6 s),
        // so the audio track ends exactly where the video does.
        var total = format.Seconds * AacSilence.SampleRate;
        var frames = (total + AacSilence.SamplesPerFrame - 1) / AacSilence.SamplesPerFrame;
        var last = total - (frames - 1) * AacSilence.SamplesPerFrame;
        var timing = last == AacSilence.SamplesPerFrame
            ? new[] { (frames, AacSilence.SamplesPerFrame) }
            : new[] { (frames - 1, AacSilence.SamplesPerFrame), (1, last) };

        var frame = AacSilence.Frame();
        var samples = new byte[frames][];
        for (var i = 0; i < frames; i++)
        {
            samples[i] = frame;
        }

        return new Mp4Track("soun", AacSilence.SampleRate, samples, timing, w => Mp4SampleEntries.Mp4a(w, frame.Length));
    }
}
