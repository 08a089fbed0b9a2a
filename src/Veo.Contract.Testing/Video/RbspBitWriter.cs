using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>Writes the bit-level syntax of H.264 parameter sets and slices (fixed-width and Exp-Golomb codes).</summary>
internal sealed class RbspBitWriter
{
    private readonly List<byte> _bytes = new();
    private int _current;
    private int _bitCount;

    public bool IsByteAligned => _bitCount == 0;

    public void WriteBit(bool bit)
    {
        _current = (_current << 1) | (bit ? 1 : 0);
        if (++_bitCount == 8)
        {
            _bytes.Add((byte)_current);
            _current = 0;
            _bitCount = 0;
        }
    }

    public void WriteBits(uint value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            WriteBit(((value >> i) & 1) != 0);
        }
    }

    /// <summary>ue(v): unsigned Exp-Golomb.</summary>
    public void WriteUe(uint value)
    {
        var codeNum = value + 1;
        var length = 0;
        for (var v = codeNum; v > 1; v >>= 1)
        {
            length++;
        }

        WriteBits(0, length);
        WriteBits(codeNum, length + 1);
    }

    /// <summary>se(v): signed Exp-Golomb (k &gt; 0 maps to 2k-1, k &lt;= 0 to -2k).</summary>
    public void WriteSe(int value) => WriteUe(value > 0 ? (uint)(2 * value - 1) : (uint)(-2 * value));

    public void WriteByte(byte value) => WriteBits(value, 8);

    /// <summary>Zero bits up to the next byte boundary (pcm_alignment_zero_bit).</summary>
    public void AlignWithZeros()
    {
        while (!IsByteAligned)
        {
            WriteBit(false);
        }
    }

    /// <summary>rbsp_trailing_bits: a stop bit, then zeros to the byte boundary.</summary>
    public void WriteTrailingBits()
    {
        WriteBit(true);
        AlignWithZeros();
    }

    public byte[] ToArray() => _bytes.ToArray();
}
