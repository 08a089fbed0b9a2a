using System;
using Veo.Contract;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// What a task's video looks like: the frame size its resolution and aspect ratio name, its length and the
/// vendor's 24 fps.
/// </summary>
internal readonly struct FakeVideoFormat
{
    public const int FramesPerSecond = 24;

    public FakeVideoFormat(int width, int height, int seconds)
    {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{width}x{height} is not a frame size the fake can encode (even sides of 16 pixels or more).");
        }

        if (seconds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A video lasts at least one second.");
        }

        Width = width;
        Height = height;
        Seconds = seconds;
    }

    public int Width { get; }

    public int Height { get; }

    public int Seconds { get; }

    public int FrameCount => Seconds * FramesPerSecond;

    /// <summary>The format a create request asked for, from its effective wire values (sent or defaulted).</summary>
    public static FakeVideoFormat ForRequest(string resolution, string aspectRatio, int seconds)
    {
        // The wire values are the spec's, read through the client's generated enums; the pixel sizes are the usual
        // ones for those names (the vendor's page names the resolutions only).
        var (longSide, shortSide) = Parse<Resolution>(resolution, VeoWireValues.Of) switch
        {
            Resolution.Hd720p => (1280, 720),
            Resolution.FullHd1080p => (1920, 1080),
            Resolution.Uhd4k => (3840, 2160),
            _ => throw new ArgumentException($"The fake has no frame size for resolution '{resolution}'.", nameof(resolution)),
        };

        return Parse<AspectRatio>(aspectRatio, VeoWireValues.Of) switch
        {
            AspectRatio.Landscape16x9 => new FakeVideoFormat(longSide, shortSide, seconds),
            AspectRatio.Portrait9x16 => new FakeVideoFormat(shortSide, longSide, seconds),
            _ => throw new ArgumentException($"The fake has no frame shape for aspect ratio '{aspectRatio}'.", nameof(aspectRatio)),
        };
    }

    private static T? Parse<T>(string wire, Func<T?, string?> wireValueOf)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (wireValueOf(value) == wire)
            {
                return value;
            }
        }

        return null;
    }

    public override string ToString() => $"{Width}x{Height}, {Seconds} s, {FramesPerSecond} fps";
}
