namespace Veo.Contract.Testing.Video;

/// <summary>The stsd entries of the fake's two tracks: avc1 with its avcC, and mp4a with its esds.</summary>
internal static class Mp4SampleEntries
{
    public static void Avc1(Mp4BoxWriter w, H264ColourBarsEncoder encoder)
    {
        var sps = encoder.SequenceParameterSet();
        var pps = encoder.PictureParameterSet();
        w.Box("avc1", () =>
        {
            w.Zeros(6);
            w.U16(1); // data_reference_index
            w.Zeros(16);
            w.U16(encoder.Width); // the displayed size, after the SPS's cropping
            w.U16(encoder.Height);
            w.U32(0x00480000); // 72 dpi
            w.U32(0x00480000);
            w.U32(0);
            w.U16(1); // frame_count
            w.Zeros(32); // compressorname: empty
            w.U16(0x0018); // depth
            w.U16(0xFFFF); // pre_defined = -1
            w.Box("avcC", () =>
            {
                w.U8(1); // configurationVersion
                w.U8(encoder.Profile);
                w.U8(encoder.Constraints);
                w.U8(encoder.Level);
                w.U8(0xFF); // 4-byte NAL lengths
                w.U8(0xE1); // one SPS
                w.U16(sps.Length);
                w.Bytes(sps);
                w.U8(1); // one PPS
                w.U16(pps.Length);
                w.Bytes(pps);
            });
        });
    }

    public static void Mp4a(Mp4BoxWriter w, int frameBytes)
    {
        var config = AacSilence.AudioSpecificConfig();
        var bitrate = frameBytes * 8L * AacSilence.SampleRate / AacSilence.SamplesPerFrame;
        w.Box("mp4a", () =>
        {
            w.Zeros(6);
            w.U16(1); // data_reference_index
            w.Zeros(8);
            w.U16(AacSilence.Channels);
            w.U16(16); // samplesize
            w.U16(0);
            w.U16(0);
            w.U32((long)AacSilence.SampleRate << 16);
            w.FullBox("esds", 0, 0, () =>
            {
                // ES_Descriptor > DecoderConfigDescriptor > DecoderSpecificInfo, then SLConfigDescriptor (ISO/IEC 14496-1);
                // every length here fits the one-byte form.
                Descriptor(w, 0x03, 3 + (2 + 13 + 2 + config.Length) + 3, () =>
                {
                    w.U16(0); // ES_ID
                    w.U8(0); // no dependency, URL or OCR stream
                    Descriptor(w, 0x04, 13 + 2 + config.Length, () =>
                    {
                        w.U8(0x40); // objectTypeIndication: MPEG-4 audio
                        w.U8(0x15); // streamType 5 (audio) << 2, upStream 0, reserved 1
                        w.U8(0); // bufferSizeDB, 24 bits: one frame
                        w.U16(frameBytes);
                        w.U32(bitrate); // maxBitrate
                        w.U32(bitrate); // avgBitrate
                        Descriptor(w, 0x05, config.Length, () => w.Bytes(config));
                    });
                    Descriptor(w, 0x06, 1, () => w.U8(2)); // SLConfigDescriptor: predefined 2, as MP4 requires
                });
            });
        });
    }

    private static void Descriptor(Mp4BoxWriter w, int tag, int length, System.Action body)
    {
        var start = w.Position;
        w.U8(tag);
        w.U8(length);
        body();
        if (w.Position - start != 2 + length)
        {
            throw new System.InvalidOperationException($"Descriptor 0x{tag:X2} wrote {w.Position - start - 2} bytes, not {length}.");
        }
    }
}
