namespace Quickstart;

/// <summary>
/// The picture size an H.264 sequence parameter set declares (ITU-T H.264 7.3.2.1.1): coded macroblocks less the
/// frame cropping, read from the SPS itself rather than from the container's own claim. Also profile and level.
/// </summary>
internal sealed class H264FrameSize
{
    private H264FrameSize(int profile, int constraints, int level, int width, int height)
    {
        Profile = profile;
        Constraints = constraints;
        Level = level;
        Width = width;
        Height = height;
    }

    public int Profile { get; }

    /// <summary>The constraint_set flags byte (constraint_set0_flag is its top bit).</summary>
    public int Constraints { get; }

    public int Level { get; }

    public int Width { get; }

    public int Height { get; }

    public string ProfileName => Profile switch
    {
        66 when (Constraints & 0x40) != 0 => "Constrained Baseline",
        66 => "Baseline",
        77 => "Main",
        100 => "High",
        _ => "profile " + Profile,
    };

    public static H264FrameSize Read(byte[] sps)
    {
        if (sps.Length < 4 || (sps[0] & 0x1F) != 7)
        {
            throw new InvalidMp4Exception("avcC holds no sequence parameter set");
        }

        var r = new SpsBitReader(sps, 1);
        var profile = (int)r.Bits(8);
        var constraints = (int)r.Bits(8);
        var level = (int)r.Bits(8);
        r.Ue(); // seq_parameter_set_id
        var chromaFormat = 1u; // 4:2:0 unless a High-family profile says otherwise
        var separatePlanes = false;
        if (profile is 100 or 110 or 122 or 244 or 44 or 83 or 86 or 118 or 128 or 138 or 139 or 134 or 135)
        {
            chromaFormat = r.Ue();
            separatePlanes = chromaFormat == 3 && r.Flag();
            r.Ue(); // bit_depth_luma_minus8
            r.Ue(); // bit_depth_chroma_minus8
            r.Flag(); // qpprime_y_zero_transform_bypass_flag
            if (r.Flag())
            {
                SkipScalingLists(r, chromaFormat == 3 ? 12 : 8);
            }
        }

        r.Ue(); // log2_max_frame_num_minus4
        var pocType = r.Ue();
        if (pocType == 0)
        {
            r.Ue();
        }
        else if (pocType == 1)
        {
            r.Flag();
            r.Se();
            r.Se();
            var cycle = r.Ue();
            for (var i = 0; i < cycle; i++)
            {
                r.Se();
            }
        }

        r.Ue(); // max_num_ref_frames
        r.Flag(); // gaps_in_frame_num_value_allowed_flag
        var widthInMbs = (int)r.Ue() + 1;
        var heightInMapUnits = (int)r.Ue() + 1;
        var frameMbsOnly = r.Flag();
        if (!frameMbsOnly)
        {
            r.Flag(); // mb_adaptive_frame_field_flag
        }

        r.Flag(); // direct_8x8_inference_flag
        int left = 0, right = 0, top = 0, bottom = 0;
        if (r.Flag())
        {
            left = (int)r.Ue();
            right = (int)r.Ue();
            top = (int)r.Ue();
            bottom = (int)r.Ue();
        }

        // Crop offsets count chroma samples: 2 luma columns (and rows, for 4:2:0) each, times 2 rows for fields.
        var colour = !separatePlanes && chromaFormat != 0;
        var cropX = colour && chromaFormat != 3 ? 2 : 1;
        var cropY = (colour && chromaFormat == 1 ? 2 : 1) * (frameMbsOnly ? 1 : 2);
        var width = widthInMbs * 16 - cropX * (left + right);
        var height = heightInMapUnits * 16 * (frameMbsOnly ? 1 : 2) - cropY * (top + bottom);
        return new H264FrameSize(profile, constraints, level, width, height);
    }

    private static void SkipScalingLists(SpsBitReader r, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!r.Flag())
            {
                continue;
            }

            int last = 8, next = 8;
            for (var j = 0; j < (i < 6 ? 16 : 64); j++)
            {
                if (next != 0)
                {
                    next = (last + r.Se() + 256) % 256;
                }

                last = next == 0 ? last : next;
            }
        }
    }
}
