using System.Collections.Generic;

namespace Quickstart;

/// <summary>Bits of an H.264 NAL unit's payload, read as fixed-width fields and Exp-Golomb codes.</summary>
internal sealed class SpsBitReader
{
    private readonly List<byte> _rbsp = new();
    private int _bit;

    public SpsBitReader(byte[] nal, int start)
    {
        // The encoder put a 03 after every 00 00 that could look like a start code: take it out again.
        var zeros = 0;
        for (var i = start; i < nal.Length; i++)
        {
            if (zeros >= 2 && nal[i] == 3)
            {
                zeros = 0;
                continue;
            }

            _rbsp.Add(nal[i]);
            zeros = nal[i] == 0 ? zeros + 1 : 0;
        }
    }

    public bool Flag() => Bits(1) == 1;

    public uint Bits(int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++, _bit++)
        {
            if (_bit >= _rbsp.Count * 8)
            {
                throw new InvalidMp4Exception("the SPS ends early");
            }

            value = (value << 1) | (uint)((_rbsp[_bit >> 3] >> (7 - (_bit & 7))) & 1);
        }

        return value;
    }

    public uint Ue()
    {
        var zeros = 0;
        while (!Flag())
        {
            if (++zeros > 31)
            {
                throw new InvalidMp4Exception("the SPS has an Exp-Golomb code over 32 bits");
            }
        }

        return (uint)((1L << zeros) - 1 + Bits(zeros));
    }

    public int Se()
    {
        var code = Ue();
        return (code & 1) == 1 ? (int)((code + 1) / 2) : -(int)(code / 2);
    }
}
