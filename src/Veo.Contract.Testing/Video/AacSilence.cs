namespace Veo.Contract.Testing.Video;

/// <summary>
/// Silence in AAC-LC, stereo at 48 kHz: one raw frame (1024 samples per channel) that codes no spectral band at all,
/// repeated for the whole track. Every AAC decoder outputs zeros for it; the track costs 7 bytes per 21 ms.
/// </summary>
internal static class AacSilence
{
    public const int SampleRate = 48_000;
    public const int Channels = 2;
    public const int SamplesPerFrame = 1024;
    private const int ObjectTypeLowComplexity = 2;
    private const int SampleRateIndex48000 = 3;
    private const uint ElementChannelPair = 1;
    private const uint ElementEnd = 7;

    /// <summary>AudioSpecificConfig (ISO/IEC 14496-3 1.6.2.1) with its GASpecificConfig: what the esds box carries.</summary>
    public static byte[] AudioSpecificConfig()
    {
        var w = new RbspBitWriter();
        w.WriteBits(ObjectTypeLowComplexity, 5);
        w.WriteBits(SampleRateIndex48000, 4);
        w.WriteBits(Channels, 4); // channelConfiguration 2: one channel pair element
        w.WriteBit(false); // frameLengthFlag: 1024-sample frames
        w.WriteBit(false); // dependsOnCoreCoder
        w.WriteBit(false); // extensionFlag
        w.AlignWithZeros();
        return w.ToArray();
    }

    /// <summary>One raw_data_block: a channel pair whose two channels have no scale factor bands, then the end element.</summary>
    public static byte[] Frame()
    {
        var w = new RbspBitWriter();
        w.WriteBits(ElementChannelPair, 3); // id_syn_ele
        w.WriteBits(0, 4); // element_instance_tag
        w.WriteBit(false); // common_window: each channel has its own ics_info
        WriteEmptyChannel(w);
        WriteEmptyChannel(w);
        w.WriteBits(ElementEnd, 3);
        w.AlignWithZeros();
        return w.ToArray();
    }

    // individual_channel_stream with max_sfb 0: no section, scale factor or spectral data follows.
    private static void WriteEmptyChannel(RbspBitWriter w)
    {
        w.WriteByte(0); // global_gain: unused, no band refers to it
        w.WriteBit(false); // ics_reserved_bit
        w.WriteBits(0, 2); // window_sequence: ONLY_LONG_SEQUENCE
        w.WriteBit(false); // window_shape: sine
        w.WriteBits(0, 6); // max_sfb
        w.WriteBit(false); // predictor_data_present
        w.WriteBit(false); // pulse_data_present
        w.WriteBit(false); // tns_data_present
        w.WriteBit(false); // gain_control_data_present
    }
}
