using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// The fake's "generated" video: a 32x32, 24 fps H.264 MP4 of the requested length whose colours change
/// every two seconds. A few KB, built in memory once per length.
/// </summary>
internal static class FakeVideoFile
{
    public const int FramesPerSecond = 24;
    private const int KeyFrameInterval = 2 * FramesPerSecond;

    private static readonly ConcurrentDictionary<int, byte[]> Cache = new();

    private static readonly YCbCr[][] Palettes =
    {
        new[] { new YCbCr(81, 90, 240), new YCbCr(145, 54, 34), new YCbCr(41, 240, 110), new YCbCr(210, 16, 146) },
        new[] { new YCbCr(170, 166, 16), new YCbCr(106, 202, 222), new YCbCr(126, 128, 128), new YCbCr(180, 128, 128) },
    };

    public static byte[] Get(int seconds) => Cache.GetOrAdd(seconds < 1 ? 1 : seconds, Build);

    private static byte[] Build(int seconds)
    {
        var encoder = new H264PcmEncoder(2, 2);
        var frames = seconds * FramesPerSecond;
        var samples = new List<byte[]>(frames);
        var keyFrames = new List<int>();
        for (var frame = 0; frame < frames; frame++)
        {
            var sinceKey = frame % KeyFrameInterval;
            if (sinceKey == 0)
            {
                var key = frame / KeyFrameInterval;
                keyFrames.Add(frame);
                samples.Add(Mp4VideoMuxer.Sample(encoder.KeyFrame(key % 2, Rotate(Palettes[key % Palettes.Length], key))));
            }
            else
            {
                samples.Add(Mp4VideoMuxer.Sample(encoder.RepeatFrame(sinceKey)));
            }
        }

        return Mp4VideoMuxer.Mux(encoder, samples, keyFrames, FramesPerSecond);
    }

    private static YCbCr[] Rotate(YCbCr[] palette, int by)
    {
        var rotated = new YCbCr[palette.Length];
        for (var i = 0; i < palette.Length; i++)
        {
            rotated[i] = palette[(i + by) % palette.Length];
        }

        return rotated;
    }
}
