using System;
using System.Collections.Generic;
using System.Linq;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>One trak of an <see cref="Mp4File"/>, read from its boxes: headers, sample table and sample entry.</summary>
public sealed class Mp4TrackInfo
{
    private Mp4TrackInfo()
    {
    }

    public string Handler { get; private set; } = "";

    public uint TrackId { get; private set; }

    /// <summary>tkhd duration, in the movie's (mvhd) timescale.</summary>
    public uint TrackDuration { get; private set; }

    /// <summary>tkhd width and height (16.16 fixed point, whole part).</summary>
    public int TrackWidth { get; private set; }

    public int TrackHeight { get; private set; }

    public uint Timescale { get; private set; }

    /// <summary>mdhd duration, in <see cref="Timescale"/>.</summary>
    public uint Duration { get; private set; }

    public List<(uint Count, uint Delta)> TimeToSample { get; } = new();

    public uint[] SampleSizes { get; private set; } = Array.Empty<uint>();

    public List<(uint FirstChunk, uint SamplesPerChunk, uint DescriptionIndex)> SampleToChunk { get; } = new();

    public uint[] ChunkOffsets { get; private set; } = Array.Empty<uint>();

    /// <summary>stss entries (1-based), or null when the track has no stss (every sample syncs).</summary>
    public uint[]? SyncSamples { get; private set; }

    /// <summary>The type of stsd's one entry: avc1, mp4a ….</summary>
    public string SampleEntry { get; private set; } = "";

    public int EntryWidth { get; private set; }

    public int EntryHeight { get; private set; }

    public int EntryChannels { get; private set; }

    public int EntrySampleRate { get; private set; }

    /// <summary>avcC: profile, compatibility, level and the SPS and PPS NAL units.</summary>
    public (int Profile, int Compatibility, int Level, byte[] Sps, byte[] Pps)? Avc { get; private set; }

    /// <summary>The AudioSpecificConfig inside esds (DecoderSpecificInfo).</summary>
    public byte[]? AudioSpecificConfig { get; private set; }

    public int ObjectTypeIndication { get; private set; }

    public long SampleCount => TimeToSample.Sum(e => (long)e.Count);

    /// <summary>Where each sample lies in the file, found the way a player finds it: stsc and stco, then stsz.</summary>
    public List<(long Offset, uint Size)> SampleRanges()
    {
        var ranges = new List<(long, uint)>();
        var sample = 0;
        for (var chunk = 1; chunk <= ChunkOffsets.Length; chunk++)
        {
            var run = SampleToChunk.Last(e => e.FirstChunk <= chunk);
            long offset = ChunkOffsets[chunk - 1];
            for (var i = 0; i < run.SamplesPerChunk; i++)
            {
                Assert.True(sample < SampleSizes.Length, $"chunk {chunk} names more samples than stsz has");
                ranges.Add((offset, SampleSizes[sample]));
                offset += SampleSizes[sample++];
            }
        }

        Assert.Equal(SampleSizes.Length, sample);
        return ranges;
    }

    public static List<Mp4TrackInfo> ReadAll(Mp4File mp4)
        => mp4.Find("moov").Children.Where(b => b.Type == "trak").Select(trak => Read(mp4, trak)).ToList();

    private static Mp4TrackInfo Read(Mp4File mp4, Mp4Box trak)
    {
        var track = new Mp4TrackInfo();
        var tkhd = Child(trak, "tkhd");
        Assert.Equal(0, mp4.Bytes[tkhd.BodyStart]); // version 0: 32-bit times
        track.TrackId = mp4.U32(tkhd.BodyStart + 12);
        track.TrackDuration = mp4.U32(tkhd.BodyStart + 20);
        track.TrackWidth = (int)(mp4.U32(tkhd.BodyStart + 76) >> 16);
        track.TrackHeight = (int)(mp4.U32(tkhd.BodyStart + 80) >> 16);

        var mdhd = Child(trak, "mdia", "mdhd");
        Assert.Equal(0, mp4.Bytes[mdhd.BodyStart]);
        track.Timescale = mp4.U32(mdhd.BodyStart + 12);
        track.Duration = mp4.U32(mdhd.BodyStart + 16);
        track.Handler = mp4.FourCc(Child(trak, "mdia", "hdlr").BodyStart + 8);

        var stbl = Child(trak, "mdia", "minf", "stbl");
        var stts = Child(stbl, "stts").BodyStart;
        for (var i = 0; i < mp4.U32(stts + 4); i++)
        {
            track.TimeToSample.Add((mp4.U32(stts + 8 + 8 * i), mp4.U32(stts + 12 + 8 * i)));
        }

        var stsz = Child(stbl, "stsz").BodyStart;
        var commonSize = mp4.U32(stsz + 4);
        var count = (int)mp4.U32(stsz + 8);
        track.SampleSizes = Enumerable.Range(0, count).Select(i => commonSize != 0 ? commonSize : mp4.U32(stsz + 12 + 4 * i)).ToArray();

        var stsc = Child(stbl, "stsc").BodyStart;
        for (var i = 0; i < mp4.U32(stsc + 4); i++)
        {
            track.SampleToChunk.Add((mp4.U32(stsc + 8 + 12 * i), mp4.U32(stsc + 12 + 12 * i), mp4.U32(stsc + 16 + 12 * i)));
        }

        var stco = Child(stbl, "stco").BodyStart;
        track.ChunkOffsets = Enumerable.Range(0, (int)mp4.U32(stco + 4)).Select(i => mp4.U32(stco + 8 + 4 * i)).ToArray();

        var stss = stbl.Children.SingleOrDefault(b => b.Type == "stss");
        if (stss is not null)
        {
            track.SyncSamples = Enumerable.Range(0, (int)mp4.U32(stss.BodyStart + 4)).Select(i => mp4.U32(stss.BodyStart + 8 + 4 * i)).ToArray();
        }

        ReadSampleEntry(mp4, Child(stbl, "stsd"), track);
        return track;
    }

    private static void ReadSampleEntry(Mp4File mp4, Mp4Box stsd, Mp4TrackInfo track)
    {
        Assert.Equal(1u, mp4.U32(stsd.BodyStart + 4)); // one entry
        var entry = stsd.BodyStart + 8;
        var entryEnd = entry + (int)mp4.U32(entry);
        Assert.True(entryEnd <= stsd.Start + stsd.Size, "the sample entry overruns stsd");
        track.SampleEntry = mp4.FourCc(entry + 4);
        var body = entry + 8;
        if (track.SampleEntry == "avc1")
        {
            // VisualSampleEntry: width and height at +24 and +26 of the body, child boxes from +78.
            track.EntryWidth = mp4.U16(body + 24);
            track.EntryHeight = mp4.U16(body + 26);
            var avcC = ChildAt(mp4, body + 78, entryEnd, "avcC");
            var at = avcC + 8;
            Assert.Equal(1, mp4.Bytes[at]); // configurationVersion
            Assert.Equal(1, mp4.Bytes[at + 5] & 0x1F); // one SPS
            var spsLength = mp4.U16(at + 6);
            var sps = mp4.Bytes[(at + 8)..(at + 8 + spsLength)];
            var ppsAt = at + 8 + spsLength;
            Assert.Equal(1, mp4.Bytes[ppsAt]); // one PPS
            var pps = mp4.Bytes[(ppsAt + 3)..(ppsAt + 3 + mp4.U16(ppsAt + 1))];
            track.Avc = (mp4.Bytes[at + 1], mp4.Bytes[at + 2], mp4.Bytes[at + 3], sps, pps);
        }
        else if (track.SampleEntry == "mp4a")
        {
            // AudioSampleEntry: channelcount at +16, samplerate (16.16) at +24, child boxes from +28.
            track.EntryChannels = mp4.U16(body + 16);
            track.EntrySampleRate = (int)(mp4.U32(body + 24) >> 16);
            var esds = ChildAt(mp4, body + 28, entryEnd, "esds");
            ReadEsds(mp4, esds + 12, esds + (int)mp4.U32(esds), track);
        }
    }

    // ES_Descriptor (3) > DecoderConfigDescriptor (4) > DecoderSpecificInfo (5), sizes in 1 to 4 bytes of 7 bits.
    private static void ReadEsds(Mp4File mp4, int at, int end, Mp4TrackInfo track)
    {
        var es = Descriptor(mp4, ref at, 0x03);
        var flags = mp4.Bytes[es + 2];
        Assert.Equal(0, flags & 0xE0); // no dependency, URL or OCR fields before the config
        at = es + 3;
        var config = Descriptor(mp4, ref at, 0x04);
        track.ObjectTypeIndication = mp4.Bytes[config];
        at = config + 13;
        var info = Descriptor(mp4, ref at, 0x05);
        track.AudioSpecificConfig = mp4.Bytes[info..at];
        Assert.True(at <= end, "esds descriptors overrun the box");
    }

    // Returns where the descriptor's body starts, and moves at past it.
    private static int Descriptor(Mp4File mp4, ref int at, int tag)
    {
        Assert.Equal(tag, mp4.Bytes[at++]);
        var size = 0;
        byte b;
        var bytes = 0;
        do
        {
            b = mp4.Bytes[at++];
            size = (size << 7) | (b & 0x7F);
            Assert.True(++bytes <= 4, "a descriptor size longer than 4 bytes");
        }
        while ((b & 0x80) != 0);

        var body = at;
        at += size;
        return body;
    }

    private static int ChildAt(Mp4File mp4, int start, int end, string type)
    {
        for (var at = start; at + 8 <= end; at += (int)mp4.U32(at))
        {
            Assert.True(mp4.U32(at) >= 8, $"a box of size {mp4.U32(at)} inside a sample entry");
            if (mp4.FourCc(at + 4) == type)
            {
                return at;
            }
        }

        throw new Xunit.Sdk.XunitException($"no '{type}' box in the sample entry");
    }

    private static Mp4Box Child(Mp4Box box, params string[] path)
    {
        foreach (var type in path)
        {
            box = box.Children.SingleOrDefault(b => b.Type == type) ?? throw new Xunit.Sdk.XunitException($"no '{type}' box under '{box.Type}'");
        }

        return box;
    }
}
