using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>Wraps a raw byte sequence payload into a NAL unit, inserting emulation prevention bytes.</summary>
internal static class H264NalUnit
{
    public static byte[] Create(int nalRefIdc, int nalUnitType, byte[] rbsp)
    {
        var nal = new List<byte>(rbsp.Length + 8) { (byte)((nalRefIdc << 5) | nalUnitType) };
        var zeros = 0;
        foreach (var b in rbsp)
        {
            // 00 00 followed by 00..03 would read as a start code (or escape): break it with 03.
            if (zeros == 2 && b <= 3)
            {
                nal.Add(3);
                zeros = 0;
            }

            nal.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }

        return nal.ToArray();
    }
}
