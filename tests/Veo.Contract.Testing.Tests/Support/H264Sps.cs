namespace Veo.Contract.Testing.Tests.Support;

/// <summary>
/// The fields of an H.264 sequence parameter set (7.3.2.1.1) that say what a player shows: profile, level, the
/// frame size after cropping, and the frame rate from the VUI timing. An independent reader of the fake's SPS.
/// </summary>
public sealed class H264Sps
{
    private H264Sps()
    {
    }

    public int ProfileIdc { get; private set; }

    public int Constraints { get; private set; }

    public int LevelIdc { get; private set; }

    public int WidthInMacroblocks { get; private set; }

    public int HeightInMapUnits { get; private set; }

    public bool FrameMbsOnly { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public int CropRight { get; private set; }

    public int CropBottom { get; private set; }

    public int MaxNumRefFrames { get; private set; }

    /// <summary>time_scale / (2 * num_units_in_tick), or null when the VUI has no timing.</summary>
    public double? FramesPerSecond { get; private set; }

    public static H264Sps Parse(byte[] nal)
    {
        Assert.Equal(7, nal[0] & 0x1F); // nal_unit_type: SPS
        var r = new RbspBitReader(nal[1..]);
        var sps = new H264Sps { ProfileIdc = (int)r.U(8), Constraints = (int)r.U(8), LevelIdc = (int)r.U(8) };
        r.Ue(); // seq_parameter_set_id
        Assert.True(sps.ProfileIdc is 66 or 77 or 88, $"profile_idc {sps.ProfileIdc}: this reader knows the profiles without chroma_format_idc only");
        r.Ue(); // log2_max_frame_num_minus4
        var pocType = r.Ue();
        if (pocType == 0)
        {
            r.Ue(); // log2_max_pic_order_cnt_lsb_minus4
        }
        else
        {
            Assert.Equal(2u, pocType); // type 1 carries a cycle this reader does not need
        }

        sps.MaxNumRefFrames = (int)r.Ue();
        r.Flag(); // gaps_in_frame_num_value_allowed_flag
        sps.WidthInMacroblocks = (int)r.Ue() + 1;
        sps.HeightInMapUnits = (int)r.Ue() + 1;
        sps.FrameMbsOnly = r.Flag();
        if (!sps.FrameMbsOnly)
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

        // 4:2:0: crop offsets count pairs of samples across, and pairs of frame lines (or of field lines) down.
        var cropUnitY = 2 * (sps.FrameMbsOnly ? 1 : 2);
        sps.CropRight = 2 * right;
        sps.CropBottom = cropUnitY * bottom;
        sps.Width = 16 * sps.WidthInMacroblocks - 2 * (left + right);
        sps.Height = 16 * sps.HeightInMapUnits * (sps.FrameMbsOnly ? 1 : 2) - cropUnitY * (top + bottom);
        if (r.Flag())
        {
            sps.FramesPerSecond = ReadTiming(r);
        }

        return sps;
    }

    // E.1.1, up to timing_info.
    private static double? ReadTiming(RbspBitReader r)
    {
        if (r.Flag() && r.U(8) == 255)
        {
            r.U(32); // sar_width, sar_height
        }

        if (r.Flag())
        {
            r.Flag(); // overscan_appropriate_flag
        }

        if (r.Flag())
        {
            r.U(4); // video_format, video_full_range_flag
            if (r.Flag())
            {
                r.U(24); // colour_primaries, transfer_characteristics, matrix_coefficients
            }
        }

        if (r.Flag())
        {
            r.Ue();
            r.Ue(); // chroma_sample_loc_type top and bottom
        }

        if (!r.Flag())
        {
            return null;
        }

        var unitsInTick = r.U(32);
        var timeScale = r.U(32);
        return timeScale / (2.0 * unitsInTick);
    }
}
