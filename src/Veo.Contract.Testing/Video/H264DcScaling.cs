using System;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// What one DC coefficient does to a decoded block (H.264 8.5.10 and 8.5.11 with flat scaling matrices): a macroblock
/// whose only coefficient is the DC of its Intra16x16 DC block, or of a chroma DC block, becomes its prediction plus
/// one flat offset. The encoder uses this to pick the level that lands nearest a wanted colour, and to know exactly
/// which colour it then has, since later macroblocks predict from it.
/// </summary>
internal static class H264DcScaling
{
    // normAdjust4x4(m, 0, 0): the scale of position (0,0) for QP % 6 = m.
    private static readonly int[] DcScale = { 10, 11, 13, 14, 16, 18 };

    /// <summary>The offset an Intra16x16 DC level adds to all 256 luma samples at quantiser <paramref name="qp"/>.</summary>
    public static int LumaOffset(int level, int qp)
    {
        // The inverse Hadamard of a block with only c00 = level is level everywhere.
        var scaled = level * 16 * DcScale[qp % 6];
        var dc = qp >= 36
            ? scaled << (qp / 6 - 6)
            : (scaled + (1 << (5 - qp / 6))) >> (6 - qp / 6);
        return BlockOffset(dc);
    }

    /// <summary>The offset a 4:2:0 chroma DC level adds to all 64 samples of that chroma component.</summary>
    public static int ChromaOffset(int level, int chromaQp)
        => BlockOffset(((level * 16 * DcScale[chromaQp % 6]) << (chromaQp / 6)) >> 5);

    /// <summary>The level whose luma offset is nearest <paramref name="wanted"/>.</summary>
    public static int LumaLevel(int wanted, int qp) => Nearest(wanted, level => LumaOffset(level, qp));

    /// <summary>The level whose chroma offset is nearest <paramref name="wanted"/>.</summary>
    public static int ChromaLevel(int wanted, int chromaQp) => Nearest(wanted, level => ChromaOffset(level, chromaQp));

    // A 4x4 block with only its DC set inverse-transforms to that value everywhere, then (x + 32) >> 6 (8.5.12.2).
    private static int BlockOffset(int dc) => (dc + 32) >> 6;

    // The offset grows monotonically with the level, about linearly: start from the linear guess, check its neighbours.
    private static int Nearest(int wanted, Func<int, int> offset)
    {
        var guess = (int)Math.Round(wanted * 1024.0 / offset(1024));
        var best = guess;
        for (var level = guess - 2; level <= guess + 2; level++)
        {
            if (Math.Abs(offset(level) - wanted) < Math.Abs(offset(best) - wanted))
            {
                best = level;
            }
        }

        return best;
    }
}
