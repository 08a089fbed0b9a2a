namespace Veo.Contract.Testing.Video;

/// <summary>
/// A deliberately small H.264 encoder (Constrained Baseline, CAVLC) for the fake's video: one IDR picture of eight
/// vertical colour bars, then P pictures that skip every macroblock (each repeats the picture before). Its size
/// grows with the frame (about one byte per macroblock of the key frame), not with the picture's content.
/// </summary>
/// <remarks>
/// Every macroblock of the key frame is Intra16x16 and codes at most DC coefficients, so the picture is made by
/// prediction: the first row predicts each macroblock from its left neighbour (horizontal), the first macroblock of
/// each bar adds one luma and two chroma DC levels to change colour, and every later row copies the row above
/// (vertical) with no residual. The deblocking filter is off, so the bars keep sharp edges.
/// </remarks>
internal sealed class H264ColourBarsEncoder
{
    private const int ProfileIdcBaseline = 66;
    private const int ConstraintFlags = 0xC0; // constraint_set0 and constraint_set1: Constrained Baseline.
    private const int Log2MaxFrameNum = 8;
    private const int Qp = 26; // pic_init_qp, no deltas: below 30, so chroma uses the same QP (Table 8-15).
    private const uint SliceTypeP = 5; // +5: every slice of the picture has this type.
    private const uint SliceTypeI = 7;
    private const int PredictionVertical = 0;
    private const int PredictionHorizontal = 1;
    private const int PredictionDc = 2;
    private const int ChromaPredictionDc = 0;
    private const int ChromaPredictionHorizontal = 1;
    private const int ChromaPredictionVertical = 2;
    private const int NeutralSample = 128; // what DC prediction gives a macroblock with no neighbours (8-bit)

    // 75% colour bars in BT.709 video range (white, yellow, cyan, green, magenta, red, blue, black), as test charts
    // order them: the frame's orientation and width are visible in any thumbnail.
    private static readonly YCbCr[] Bars =
    {
        new(180, 128, 128), new(168, 44, 136), new(145, 147, 44), new(133, 63, 52),
        new(63, 193, 204), new(51, 109, 212), new(28, 212, 120), new(16, 128, 128),
    };

    public H264ColourBarsEncoder(int width, int height, int framesPerSecond)
    {
        Width = width;
        Height = height;
        FramesPerSecond = framesPerSecond;
        WidthInMacroblocks = (width + 15) / 16;
        HeightInMacroblocks = (height + 15) / 16;
        Level = H264Level.For(WidthInMacroblocks, HeightInMacroblocks, framesPerSecond);
    }

    /// <summary>The displayed width: the coded width less the SPS's frame cropping.</summary>
    public int Width { get; }

    public int Height { get; }

    public int FramesPerSecond { get; }

    public int WidthInMacroblocks { get; }

    public int HeightInMacroblocks { get; }

    public byte Profile => ProfileIdcBaseline;

    public byte Constraints => ConstraintFlags;

    public byte Level { get; }

    public byte[] SequenceParameterSet()
    {
        var w = new RbspBitWriter();
        w.WriteByte(ProfileIdcBaseline);
        w.WriteByte(ConstraintFlags);
        w.WriteByte(Level);
        w.WriteUe(0); // seq_parameter_set_id
        w.WriteUe(Log2MaxFrameNum - 4);
        w.WriteUe(2); // pic_order_cnt_type 2: output order is decoding order (no B frames)
        w.WriteUe(1); // max_num_ref_frames
        w.WriteBit(false); // gaps_in_frame_num_value_allowed_flag
        w.WriteUe((uint)WidthInMacroblocks - 1);
        w.WriteUe((uint)HeightInMacroblocks - 1);
        w.WriteBit(true); // frame_mbs_only_flag
        w.WriteBit(true); // direct_8x8_inference_flag
        var cropRight = WidthInMacroblocks * 16 - Width;
        var cropBottom = HeightInMacroblocks * 16 - Height;
        w.WriteBit(cropRight != 0 || cropBottom != 0); // frame_cropping_flag: 1080 lines are coded as 1088
        if (cropRight != 0 || cropBottom != 0)
        {
            // In units of two samples for 4:2:0 frames (CropUnitX, CropUnitY).
            w.WriteUe(0);
            w.WriteUe((uint)cropRight / 2);
            w.WriteUe(0);
            w.WriteUe((uint)cropBottom / 2);
        }

        w.WriteBit(true); // vui_parameters_present_flag
        WriteVideoUsability(w);
        w.WriteTrailingBits();
        return H264NalUnit.Create(3, 7, w.ToArray());
    }

    public byte[] PictureParameterSet()
    {
        var w = new RbspBitWriter();
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteUe(0); // seq_parameter_set_id
        w.WriteBit(false); // entropy_coding_mode_flag: CAVLC
        w.WriteBit(false); // bottom_field_pic_order_in_frame_present_flag
        w.WriteUe(0); // num_slice_groups_minus1
        w.WriteUe(0); // num_ref_idx_l0_default_active_minus1
        w.WriteUe(0); // num_ref_idx_l1_default_active_minus1
        w.WriteBit(false); // weighted_pred_flag
        w.WriteBits(0, 2); // weighted_bipred_idc
        w.WriteSe(Qp - 26); // pic_init_qp_minus26
        w.WriteSe(0); // pic_init_qs_minus26
        w.WriteSe(0); // chroma_qp_index_offset
        w.WriteBit(true); // deblocking_filter_control_present_flag: slices turn the filter off
        w.WriteBit(false); // constrained_intra_pred_flag
        w.WriteBit(false); // redundant_pic_cnt_present_flag
        w.WriteTrailingBits();
        return H264NalUnit.Create(3, 8, w.ToArray());
    }

    /// <summary>The IDR picture: eight vertical colour bars across the frame.</summary>
    public byte[] KeyFrame()
    {
        var w = new RbspBitWriter();
        w.WriteUe(0); // first_mb_in_slice
        w.WriteUe(SliceTypeI);
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteBits(0, Log2MaxFrameNum); // frame_num
        w.WriteUe(0); // idr_pic_id
        w.WriteBit(false); // no_output_of_prior_pics_flag
        w.WriteBit(false); // long_term_reference_flag
        w.WriteSe(0); // slice_qp_delta
        w.WriteUe(1); // disable_deblocking_filter_idc: off

        // The first row sets the colours: the first macroblock of each bar changes colour with DC levels, the others
        // repeat their left neighbour. What a level adds is computed exactly, so each bar's change starts from the
        // colour the decoder really has, and rounding never adds up along the row.
        var current = new YCbCr(NeutralSample, NeutralSample, NeutralSample);
        var bar = 0;
        for (var x = 0; x < WidthInMacroblocks; x++)
        {
            if (bar < Bars.Length && x == BarStart(bar))
            {
                current = WriteColourChange(w, x == 0, current, Bars[bar]);
                bar++;
            }
            else
            {
                WriteRepeat(w, PredictionHorizontal, ChromaPredictionHorizontal);
            }
        }

        for (var mb = WidthInMacroblocks; mb < WidthInMacroblocks * HeightInMacroblocks; mb++)
        {
            WriteRepeat(w, PredictionVertical, ChromaPredictionVertical);
        }

        w.WriteTrailingBits();
        return H264NalUnit.Create(3, 5, w.ToArray());
    }

    /// <summary>A P picture that skips every macroblock: it repeats the previous picture.</summary>
    public byte[] RepeatFrame(int frameNum)
    {
        var w = new RbspBitWriter();
        w.WriteUe(0); // first_mb_in_slice
        w.WriteUe(SliceTypeP);
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteBits((uint)(frameNum % (1 << Log2MaxFrameNum)), Log2MaxFrameNum);
        w.WriteBit(false); // num_ref_idx_active_override_flag
        w.WriteBit(false); // ref_pic_list_modification_flag_l0
        w.WriteBit(false); // adaptive_ref_pic_marking_mode_flag: sliding window
        w.WriteSe(0); // slice_qp_delta
        w.WriteUe(1); // disable_deblocking_filter_idc: off
        w.WriteUe((uint)(WidthInMacroblocks * HeightInMacroblocks)); // mb_skip_run: all of them
        w.WriteTrailingBits();
        return H264NalUnit.Create(2, 1, w.ToArray());
    }

    private int BarStart(int bar) => bar * WidthInMacroblocks / Bars.Length;

    private static YCbCr WriteColourChange(RbspBitWriter w, bool first, YCbCr from, YCbCr to)
    {
        var reached = Reached(from, to, out var luma, out var cb, out var cr);

        // mb_type I_16x16_<prediction>_1_0: chroma DC only (coded block pattern 1), no luma AC.
        var prediction = first ? PredictionDc : PredictionHorizontal;
        w.WriteUe((uint)(1 + prediction + 4));
        w.WriteUe((uint)(first ? ChromaPredictionDc : ChromaPredictionHorizontal));
        w.WriteSe(0); // mb_qp_delta
        CavlcDcBlock.WriteLumaDc(w, luma);
        CavlcDcBlock.WriteChromaDc(w, cb);
        CavlcDcBlock.WriteChromaDc(w, cr);
        return reached;
    }

    private static YCbCr Reached(YCbCr from, YCbCr to, out int luma, out int cb, out int cr)
    {
        luma = H264DcScaling.LumaLevel(to.Y - from.Y, Qp);
        cb = H264DcScaling.ChromaLevel(to.Cb - from.Cb, Qp);
        cr = H264DcScaling.ChromaLevel(to.Cr - from.Cr, Qp);
        return new YCbCr(
            from.Y + H264DcScaling.LumaOffset(luma, Qp),
            from.Cb + H264DcScaling.ChromaOffset(cb, Qp),
            from.Cr + H264DcScaling.ChromaOffset(cr, Qp));
    }

    // mb_type I_16x16_<prediction>_0_0 with no coefficient: exactly the prediction.
    private static void WriteRepeat(RbspBitWriter w, int prediction, int chromaPrediction)
    {
        w.WriteUe((uint)(1 + prediction));
        w.WriteUe((uint)chromaPrediction);
        w.WriteSe(0); // mb_qp_delta
        CavlcDcBlock.WriteLumaDc(w, 0);
    }

    private void WriteVideoUsability(RbspBitWriter w)
    {
        w.WriteBit(true); // aspect_ratio_info_present_flag
        w.WriteByte(1); // aspect_ratio_idc 1: square samples
        w.WriteBit(false); // overscan_info_present_flag
        w.WriteBit(true); // video_signal_type_present_flag
        w.WriteBits(5, 3); // video_format: unspecified
        w.WriteBit(false); // video_full_range_flag: video range, as the bar values are
        w.WriteBit(true); // colour_description_present_flag
        w.WriteByte(1); // colour_primaries: BT.709
        w.WriteByte(1); // transfer_characteristics: BT.709
        w.WriteByte(1); // matrix_coefficients: BT.709, the matrix the bar values were computed with
        w.WriteBit(false); // chroma_loc_info_present_flag
        w.WriteBit(true); // timing_info_present_flag: 24 fps is readable from the stream itself
        w.WriteBits(1, 32); // num_units_in_tick
        w.WriteBits((uint)(2 * FramesPerSecond), 32); // time_scale: two ticks (fields) per frame
        w.WriteBit(true); // fixed_frame_rate_flag
        w.WriteBit(false); // nal_hrd_parameters_present_flag
        w.WriteBit(false); // vcl_hrd_parameters_present_flag
        w.WriteBit(false); // pic_struct_present_flag
        w.WriteBit(true); // bitstream_restriction_flag: tells decoders no picture waits for reordering
        w.WriteBit(true); // motion_vectors_over_pic_boundaries_flag
        w.WriteUe(2); // max_bytes_per_pic_denom (the default)
        w.WriteUe(1); // max_bits_per_mb_denom (the default)
        w.WriteUe(16); // log2_max_mv_length_horizontal (the default)
        w.WriteUe(16); // log2_max_mv_length_vertical
        w.WriteUe(0); // max_num_reorder_frames
        w.WriteUe(1); // max_dec_frame_buffering: the one reference frame
    }
}
