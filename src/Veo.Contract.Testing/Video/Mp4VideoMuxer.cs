using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// Puts one H.264 track into an MP4 file: ftyp, then moov (so players can start at once), then mdat.
/// All samples sit in one chunk; every sample lasts one tick of a timescale equal to the frame rate.
/// </summary>
internal static class Mp4VideoMuxer
{
    private const int MovieTimescale = 1000;

    public static byte[] Mux(H264PcmEncoder encoder, IReadOnlyList<byte[]> samples, IReadOnlyList<int> keyFrameIndexes, int framesPerSecond)
    {
        var mdatPayload = 0L;
        foreach (var sample in samples)
        {
            mdatPayload += sample.Length;
        }

        // The moov size does not depend on the chunk offset, so measure it once with a dummy offset.
        var ftyp = FileType();
        var probe = Movie(encoder, samples, keyFrameIndexes, framesPerSecond, 0);
        var chunkOffset = ftyp.Length + probe.Length + 8L;
        var moov = Movie(encoder, samples, keyFrameIndexes, framesPerSecond, chunkOffset);

        var file = new Mp4BoxWriter();
        file.Bytes(ftyp);
        file.Bytes(moov);
        file.Box("mdat", () =>
        {
            foreach (var sample in samples)
            {
                file.Bytes(sample);
            }
        });
        return file.ToArray();
    }

    /// <summary>One access unit as MP4 stores it: each NAL unit behind a 4-byte length.</summary>
    public static byte[] Sample(params byte[][] nalUnits)
    {
        var w = new Mp4BoxWriter();
        foreach (var nal in nalUnits)
        {
            w.U32(nal.Length);
            w.Bytes(nal);
        }

        return w.ToArray();
    }

    private static byte[] FileType()
    {
        var w = new Mp4BoxWriter();
        w.Box("ftyp", () =>
        {
            w.FourCc("isom");
            w.U32(0x200);
            w.FourCc("isom");
            w.FourCc("iso2");
            w.FourCc("avc1");
            w.FourCc("mp41");
        });
        return w.ToArray();
    }

    private static byte[] Movie(H264PcmEncoder encoder, IReadOnlyList<byte[]> samples, IReadOnlyList<int> keyFrames, int fps, long chunkOffset)
    {
        var frames = samples.Count;
        var movieDuration = (long)frames * MovieTimescale / fps;
        var w = new Mp4BoxWriter();
        w.Box("moov", () =>
        {
            w.FullBox("mvhd", 0, 0, () =>
            {
                w.U32(0); // creation_time: fixed, so the file is reproducible
                w.U32(0); // modification_time
                w.U32(MovieTimescale);
                w.U32(movieDuration);
                w.U32(0x00010000); // rate 1.0
                w.U16(0x0100); // volume 1.0
                w.Zeros(10);
                w.IdentityMatrix();
                w.Zeros(24); // pre_defined
                w.U32(2); // next_track_ID
            });
            w.Box("trak", () =>
            {
                w.FullBox("tkhd", 0, 3, () => // enabled, in movie
                {
                    w.U32(0);
                    w.U32(0);
                    w.U32(1); // track_ID
                    w.U32(0);
                    w.U32(movieDuration);
                    w.Zeros(8);
                    w.U16(0); // layer
                    w.U16(0); // alternate_group
                    w.U16(0); // volume: 0 for video
                    w.U16(0);
                    w.IdentityMatrix();
                    w.U32((long)encoder.Width << 16);
                    w.U32((long)encoder.Height << 16);
                });
                w.Box("mdia", () =>
                {
                    w.FullBox("mdhd", 0, 0, () =>
                    {
                        w.U32(0);
                        w.U32(0);
                        w.U32(fps); // timescale: one tick per frame
                        w.U32(frames);
                        w.U16(0x55C4); // language "und", packed ISO-639-2/T
                        w.U16(0);
                    });
                    w.FullBox("hdlr", 0, 0, () =>
                    {
                        w.U32(0);
                        w.FourCc("vide");
                        w.Zeros(12);
                        w.Bytes("VideoHandler\0"u8);
                    });
                    w.Box("minf", () =>
                    {
                        w.FullBox("vmhd", 0, 1, () => w.Zeros(8));
                        w.Box("dinf", () => w.FullBox("dref", 0, 0, () =>
                        {
                            w.U32(1);
                            w.FullBox("url ", 0, 1, () => { }); // flag 1: media is in this file
                        }));
                        SampleTable(w, encoder, samples, keyFrames, chunkOffset);
                    });
                });
            });
        });
        return w.ToArray();
    }

    private static void SampleTable(Mp4BoxWriter w, H264PcmEncoder encoder, IReadOnlyList<byte[]> samples, IReadOnlyList<int> keyFrames, long chunkOffset)
    {
        var sps = encoder.SequenceParameterSet();
        var pps = encoder.PictureParameterSet();
        w.Box("stbl", () =>
        {
            w.FullBox("stsd", 0, 0, () =>
            {
                w.U32(1);
                w.Box("avc1", () =>
                {
                    w.Zeros(6);
                    w.U16(1); // data_reference_index
                    w.Zeros(16);
                    w.U16(encoder.Width);
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
            });
            w.FullBox("stts", 0, 0, () =>
            {
                w.U32(1);
                w.U32(samples.Count);
                w.U32(1); // every frame lasts one tick
            });
            w.FullBox("stss", 0, 0, () =>
            {
                w.U32(keyFrames.Count);
                foreach (var index in keyFrames)
                {
                    w.U32(index + 1); // sample numbers are 1-based
                }
            });
            w.FullBox("stsc", 0, 0, () =>
            {
                w.U32(1);
                w.U32(1); // first_chunk
                w.U32(samples.Count); // samples_per_chunk
                w.U32(1); // sample_description_index
            });
            w.FullBox("stsz", 0, 0, () =>
            {
                w.U32(0); // sizes follow, one per sample
                w.U32(samples.Count);
                foreach (var sample in samples)
                {
                    w.U32(sample.Length);
                }
            });
            w.FullBox("stco", 0, 0, () =>
            {
                w.U32(1);
                w.U32(chunkOffset);
            });
        });
    }
}
