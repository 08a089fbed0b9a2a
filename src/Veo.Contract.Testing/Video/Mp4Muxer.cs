using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>
/// Writes tracks into one MP4 file: ftyp, then moov (so players can start at once), then mdat with each track's
/// samples as one chunk, in track order. The files are tens of KB, so a player has all of mdat before it would
/// gain anything from interleaved chunks.
/// </summary>
internal static class Mp4Muxer
{
    private const int MovieTimescale = 1000;

    public static byte[] Mux(IReadOnlyList<Mp4Track> tracks)
    {
        // The moov size does not depend on the chunk offsets, so measure it once with dummy offsets.
        var ftyp = FileType();
        var dummyOffsets = new long[tracks.Count];
        var probe = Movie(tracks, dummyOffsets);
        var offsets = new long[tracks.Count];
        var next = ftyp.Length + probe.Length + 8L;
        for (var i = 0; i < tracks.Count; i++)
        {
            offsets[i] = next;
            foreach (var sample in tracks[i].Samples)
            {
                next += sample.Length;
            }
        }

        var file = new Mp4BoxWriter();
        file.Bytes(ftyp);
        file.Bytes(Movie(tracks, offsets));
        file.Box("mdat", () =>
        {
            foreach (var track in tracks)
            {
                foreach (var sample in track.Samples)
                {
                    file.Bytes(sample);
                }
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

    private static byte[] Movie(IReadOnlyList<Mp4Track> tracks, long[] chunkOffsets)
    {
        var movieDuration = 0L;
        foreach (var track in tracks)
        {
            if (InMovieTime(track) > movieDuration)
            {
                movieDuration = InMovieTime(track);
            }
        }

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
                w.U32(tracks.Count + 1); // next_track_ID
            });
            for (var i = 0; i < tracks.Count; i++)
            {
                Track(w, tracks[i], i + 1, chunkOffsets[i]);
            }
        });
        return w.ToArray();
    }

    private static long InMovieTime(Mp4Track track) => track.Duration * MovieTimescale / track.Timescale;

    private static void Track(Mp4BoxWriter w, Mp4Track track, int trackId, long chunkOffset)
        => w.Box("trak", () =>
        {
            w.FullBox("tkhd", 0, 3, () => // enabled, in movie
            {
                w.U32(0);
                w.U32(0);
                w.U32(trackId);
                w.U32(0);
                w.U32(InMovieTime(track));
                w.Zeros(8);
                w.U16(0); // layer
                w.U16(0); // alternate_group
                w.U16(track.IsVideo ? 0 : 0x0100); // volume: 1.0 for sound, 0 for video
                w.U16(0);
                w.IdentityMatrix();
                w.U32((long)track.Width << 16);
                w.U32((long)track.Height << 16);
            });
            w.Box("mdia", () =>
            {
                w.FullBox("mdhd", 0, 0, () =>
                {
                    w.U32(0);
                    w.U32(0);
                    w.U32(track.Timescale);
                    w.U32(track.Duration);
                    w.U16(0x55C4); // language "und", packed ISO-639-2/T
                    w.U16(0);
                });
                w.FullBox("hdlr", 0, 0, () =>
                {
                    w.U32(0);
                    w.FourCc(track.Handler);
                    w.Zeros(12);
                    w.Bytes(track.IsVideo ? "VideoHandler\0"u8 : "SoundHandler\0"u8);
                });
                w.Box("minf", () =>
                {
                    if (track.IsVideo)
                    {
                        w.FullBox("vmhd", 0, 1, () => w.Zeros(8));
                    }
                    else
                    {
                        w.FullBox("smhd", 0, 0, () => w.Zeros(4)); // balance centred
                    }

                    w.Box("dinf", () => w.FullBox("dref", 0, 0, () =>
                    {
                        w.U32(1);
                        w.FullBox("url ", 0, 1, () => { }); // flag 1: media is in this file
                    }));
                    SampleTable(w, track, chunkOffset);
                });
            });
        });

    private static void SampleTable(Mp4BoxWriter w, Mp4Track track, long chunkOffset)
        => w.Box("stbl", () =>
        {
            w.FullBox("stsd", 0, 0, () =>
            {
                w.U32(1);
                track.SampleEntry(w);
            });
            w.FullBox("stts", 0, 0, () =>
            {
                w.U32(track.TimeToSample.Count);
                foreach (var (count, delta) in track.TimeToSample)
                {
                    w.U32(count);
                    w.U32(delta);
                }
            });
            if (track.SyncSamples is { } sync)
            {
                w.FullBox("stss", 0, 0, () =>
                {
                    w.U32(sync.Count);
                    foreach (var index in sync)
                    {
                        w.U32(index + 1); // sample numbers are 1-based
                    }
                });
            }

            w.FullBox("stsc", 0, 0, () =>
            {
                w.U32(1);
                w.U32(1); // first_chunk
                w.U32(track.Samples.Count); // samples_per_chunk: the track is one chunk
                w.U32(1); // sample_description_index
            });
            w.FullBox("stsz", 0, 0, () =>
            {
                var size = CommonSize(track.Samples);
                w.U32(size); // one size for all, or 0 and a size per sample
                w.U32(track.Samples.Count);
                if (size == 0)
                {
                    foreach (var sample in track.Samples)
                    {
                        w.U32(sample.Length);
                    }
                }
            });
            w.FullBox("stco", 0, 0, () =>
            {
                w.U32(1);
                w.U32(chunkOffset);
            });
        });

    private static int CommonSize(IReadOnlyList<byte[]> samples)
    {
        var size = samples.Count == 0 ? 0 : samples[0].Length;
        foreach (var sample in samples)
        {
            if (sample.Length != size)
            {
                return 0;
            }
        }

        return size;
    }
}
