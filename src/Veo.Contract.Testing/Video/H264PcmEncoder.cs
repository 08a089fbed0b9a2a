namespace Veo.Contract.Testing.Video;

/// <summary>
/// A deliberately trivial H.264 (Constrained Baseline, CAVLC) encoder: key frames carry raw samples in
/// I_PCM macroblocks, every other frame is a P slice that skips all macroblocks (repeats the key frame).
/// Tiny and valid, which is all a fake video needs.
/// </summary>
internal sealed class H264PcmEncoder
{
    private const int ProfileIdcBaseline = 66;
    private const int ConstraintFlags = 0xC0; // constraint_set0 and constraint_set1: Constrained Baseline.
    private const int LevelIdc = 10;
    private const int Log2MaxFrameNum = 8;
    private const uint MbTypeIPcm = 25;
    private const uint SliceTypeP = 5; // +5: every slice of the picture has this type.
    private const uint SliceTypeI = 7;

    public H264PcmEncoder(int widthInMacroblocks, int heightInMacroblocks)
    {
        WidthInMacroblocks = widthInMacroblocks;
        HeightInMacroblocks = heightInMacroblocks;
    }

    public int WidthInMacroblocks { get; }

    public int HeightInMacroblocks { get; }

    public int Width => WidthInMacroblocks * 16;

    public int Height => HeightInMacroblocks * 16;

    public int MaxFrameNum => 1 << Log2MaxFrameNum;

    public byte Profile => ProfileIdcBaseline;

    public byte Constraints => ConstraintFlags;

    public byte Level => LevelIdc;

    public byte[] SequenceParameterSet()
    {
        var w = new RbspBitWriter();
        w.WriteByte(ProfileIdcBaseline);
        w.WriteByte(ConstraintFlags);
        w.WriteByte(LevelIdc);
        w.WriteUe(0); // seq_parameter_set_id
        w.WriteUe(Log2MaxFrameNum - 4);
        w.WriteUe(2); // pic_order_cnt_type 2: output order is decoding order (no B frames)
        w.WriteUe(1); // max_num_ref_frames
        w.WriteBit(false); // gaps_in_frame_num_value_allowed_flag
        w.WriteUe((uint)WidthInMacroblocks - 1);
        w.WriteUe((uint)HeightInMacroblocks - 1);
        w.WriteBit(true); // frame_mbs_only_flag
        w.WriteBit(true); // direct_8x8_inference_flag
        w.WriteBit(false); // frame_cropping_flag
        w.WriteBit(false); // vui_parameters_present_flag: the MP4 sample table carries the timing
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
        w.WriteSe(0); // pic_init_qp_minus26
        w.WriteSe(0); // pic_init_qs_minus26
        w.WriteSe(0); // chroma_qp_index_offset
        w.WriteBit(false); // deblocking_filter_control_present_flag
        w.WriteBit(false); // constrained_intra_pred_flag
        w.WriteBit(false); // redundant_pic_cnt_present_flag
        w.WriteTrailingBits();
        return H264NalUnit.Create(3, 8, w.ToArray());
    }

    /// <summary>An IDR picture whose macroblocks are filled with the given colours, in raster order, cycling.</summary>
    public byte[] KeyFrame(int idrPicId, YCbCr[] colours)
    {
        var w = new RbspBitWriter();
        w.WriteUe(0); // first_mb_in_slice
        w.WriteUe(SliceTypeI);
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteBits(0, Log2MaxFrameNum); // frame_num
        w.WriteUe((uint)idrPicId);
        w.WriteBit(false); // no_output_of_prior_pics_flag
        w.WriteBit(false); // long_term_reference_flag
        w.WriteSe(0); // slice_qp_delta
        var count = WidthInMacroblocks * HeightInMacroblocks;
        for (var mb = 0; mb < count; mb++)
        {
            w.WriteUe(MbTypeIPcm);
            w.AlignWithZeros();
            WritePcmSamples(w, colours[mb % colours.Length], mb);
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
        w.WriteBits((uint)(frameNum % MaxFrameNum), Log2MaxFrameNum);
        w.WriteBit(false); // num_ref_idx_active_override_flag
        w.WriteBit(false); // ref_pic_list_modification_flag_l0
        w.WriteBit(false); // adaptive_ref_pic_marking_mode_flag: sliding window
        w.WriteSe(0); // slice_qp_delta
        w.WriteUe((uint)(WidthInMacroblocks * HeightInMacroblocks)); // mb_skip_run: all of them
        w.WriteTrailingBits();
        return H264NalUnit.Create(2, 1, w.ToArray());
    }

    // A soft diagonal ramp in luma so a frame is not one flat colour; values stay in video range.
    private static void WritePcmSamples(RbspBitWriter w, YCbCr colour, int macroblock)
    {
        for (var y = 0; y < 16; y++)
        {
            for (var x = 0; x < 16; x++)
            {
                w.WriteByte(Clamp(colour.Y + x + y - 15 + macroblock, 16, 235));
            }
        }

        for (var i = 0; i < 64; i++)
        {
            w.WriteByte(Clamp(colour.Cb, 16, 240));
        }

        for (var i = 0; i < 64; i++)
        {
            w.WriteByte(Clamp(colour.Cr, 16, 240));
        }
    }

    private static byte Clamp(int value, int min, int max) => (byte)(value < min ? min : value > max ? max : value);
}
