using System.Collections.Generic;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>Reads H.264 syntax elements (fixed-width and Exp-Golomb) from a NAL unit's payload, emulation prevention removed.</summary>
public sealed class RbspBitReader
{
    private readonly byte[] _rbsp;
    private int _bit;

    public RbspBitReader(byte[] nalPayload)
    {
        // 00 00 03 in a NAL unit is an escaped 00 00: drop the 03 (7.4.1).
        var rbsp = new List<byte>(nalPayload.Length);
        var zeros = 0;
        foreach (var b in nalPayload)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }

            rbsp.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }

        _rbsp = rbsp.ToArray();
    }

    public bool Flag() => U(1) == 1;

    public uint U(int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++)
        {
            Assert.True(_bit < _rbsp.Length * 8, "read past the end of the RBSP");
            value = (value << 1) | (uint)((_rbsp[_bit >> 3] >> (7 - (_bit & 7))) & 1);
            _bit++;
        }

        return value;
    }

    /// <summary>ue(v): leading zeros, a one, then as many bits again.</summary>
    public uint Ue()
    {
        var zeros = 0;
        while (U(1) == 0)
        {
            zeros++;
            Assert.True(zeros < 32, "an Exp-Golomb code longer than 32 bits");
        }

        return (uint)((1L << zeros) - 1 + U(zeros));
    }

    /// <summary>se(v): codes 1, 2, 3, 4 … mean 1, -1, 2, -2 ….</summary>
    public int Se()
    {
        var code = Ue();
        return (code & 1) == 1 ? (int)((code + 1) / 2) : -(int)(code / 2);
    }
}
