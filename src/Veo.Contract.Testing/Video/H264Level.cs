using System;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// The lowest H.264 level (Table A-1) whose frame size and macroblock rate limits a picture fits, so decoders that
/// check the level (browsers, hardware decoders) accept the stream.
/// </summary>
internal static class H264Level
{
    // level_idc, MaxMBPS (macroblocks per second), MaxFS (macroblocks per frame). Level 1b is left out: it needs
    // a constraint flag the fake never sets, and nothing it makes is that small.
    private static readonly (int Idc, int MaxMacroblocksPerSecond, int MaxFrameMacroblocks)[] Levels =
    {
        (10, 1_485, 99), (11, 3_000, 396), (12, 6_000, 396), (13, 11_880, 396),
        (20, 11_880, 396), (21, 19_800, 792), (22, 20_250, 1_620),
        (30, 40_500, 1_620), (31, 108_000, 3_600), (32, 216_000, 5_120),
        (40, 245_760, 8_192), (41, 245_760, 8_192), (42, 522_240, 8_704),
        (50, 589_824, 22_080), (51, 983_040, 36_864), (52, 2_073_600, 36_864),
    };

    public static byte For(int widthInMacroblocks, int heightInMacroblocks, int framesPerSecond)
    {
        var frame = widthInMacroblocks * heightInMacroblocks;
        foreach (var (idc, maxRate, maxFrame) in Levels)
        {
            // A.3.1: besides the frame size, each side is at most sqrt(8 * MaxFS) macroblocks.
            var maxSide = Math.Sqrt(8.0 * maxFrame);
            if (frame <= maxFrame && (long)frame * framesPerSecond <= maxRate && widthInMacroblocks <= maxSide && heightInMacroblocks <= maxSide)
            {
                return (byte)idc;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(widthInMacroblocks), $"{widthInMacroblocks}x{heightInMacroblocks} macroblocks at {framesPerSecond} fps exceed every level up to 5.2.");
    }
}
