namespace Veo.Contract.Testing.Video;

/// <summary>
/// CAVLC (H.264 9.2) for a residual block whose only possible non-zero coefficient is the first in scan order: an
/// Intra16x16 DC block (nC 0, since no macroblock the fake writes codes AC coefficients) or a 4:2:0 chroma DC block
/// (nC -1). That is all the fake's key frame needs.
/// </summary>
internal static class CavlcDcBlock
{
    public static void WriteLumaDc(RbspBitWriter w, int level)
    {
        // coeff_token, Table 9-5, column 0 <= nC < 2: no coefficient, one coefficient, one trailing +-1.
        if (level == 0)
        {
            w.WriteBits(0b1, 1);
            return;
        }

        w.WriteBits(level is 1 or -1 ? 0b01u : 0b000101u, level is 1 or -1 ? 2 : 6);
        WriteLevel(w, level);
        w.WriteBits(0b1, 1); // total_zeros = 0 for TotalCoeff 1 (Table 9-7): the coefficient sits first
    }

    public static void WriteChromaDc(RbspBitWriter w, int level)
    {
        // coeff_token, Table 9-5, column nC = -1.
        if (level == 0)
        {
            w.WriteBits(0b01, 2);
            return;
        }

        w.WriteBits(level is 1 or -1 ? 0b1u : 0b000111u, level is 1 or -1 ? 1 : 6);
        WriteLevel(w, level);
        w.WriteBits(0b1, 1); // total_zeros = 0 for TotalCoeff 1 (Table 9-9a)
    }

    private static void WriteLevel(RbspBitWriter w, int level)
    {
        if (level is 1 or -1)
        {
            w.WriteBit(level < 0); // trailing_ones_sign_flag
            return;
        }

        // 9.2.2.1 with suffixLength 0: the first level after fewer than three trailing ones is coded 2 lower.
        var code = (level > 0 ? 2 * level - 2 : -2 * level - 1) - 2;
        if (code < 14)
        {
            WritePrefix(w, code);
        }
        else if (code < 30)
        {
            WritePrefix(w, 14);
            w.WriteBits((uint)(code - 14), 4);
        }
        else
        {
            // Prefix 15 is the largest Baseline allows: a 12-bit suffix reaches levels of about +-2060.
            if (code - 30 >= 1 << 12)
            {
                throw new System.ArgumentOutOfRangeException(nameof(level), level, "A DC level this large needs a level_prefix above 15, which Baseline does not allow.");
            }

            WritePrefix(w, 15);
            w.WriteBits((uint)(code - 30), 12);
        }
    }

    // level_prefix: that many zeros, then a one.
    private static void WritePrefix(RbspBitWriter w, int prefix)
    {
        w.WriteBits(0, prefix);
        w.WriteBit(true);
    }
}
