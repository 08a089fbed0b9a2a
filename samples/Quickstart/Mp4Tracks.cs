using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Quickstart;

/// <summary>
/// Reads the tracks of an MP4 (ISO/IEC 14496-12) from its moov box, after checking that every top-level box fits in
/// the file. Only moov is loaded into memory: mdat, the bulk of a real video, is skipped by seeking.
/// </summary>
internal static class Mp4Tracks
{
    private const long MaxMovieBoxBytes = 64L << 20;

    public static List<Mp4Track> Read(string path)
    {
        using var file = File.OpenRead(path);
        var header = new byte[16];
        var sawFileType = false;
        byte[]? moov = null;
        while (file.Position < file.Length)
        {
            var start = file.Position;
            if (file.Read(header, 0, 8) < 8)
            {
                throw new InvalidMp4Exception($"a box header at byte {start} is cut off");
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header, 4, 4);
            var headerSize = 8;
            if (size == 1)
            {
                if (file.Read(header, 8, 8) < 8)
                {
                    throw new InvalidMp4Exception($"the large size of box '{type}' is cut off");
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = file.Length - start; // the last box runs to the end of the file
            }

            if (start == 0 && type != "ftyp")
            {
                throw new InvalidMp4Exception("it does not start with an ftyp box");
            }

            // Every box, mdat too, must end inside the file: a cut-off download fails here.
            if (size < headerSize || start + size > file.Length)
            {
                throw new InvalidMp4Exception($"box '{type}' at byte {start:N0} claims {size:N0} bytes, the file has {file.Length - start:N0} from there");
            }

            sawFileType |= type == "ftyp";
            if (type == "moov" && moov is null)
            {
                if (size > MaxMovieBoxBytes)
                {
                    throw new InvalidMp4Exception($"its moov box has {size:N0} bytes, more than this check reads");
                }

                moov = new byte[size - headerSize];
                file.ReadExactly(moov);
            }

            file.Position = start + size;
        }

        return moov is not null ? Tracks(moov) : throw new InvalidMp4Exception(sawFileType ? "it has no moov box" : "it is empty");
    }

    private static List<Mp4Track> Tracks(byte[] moov)
    {
        var tracks = new List<Mp4Track>();
        foreach (var (type, start, end) in Children(moov, 0, moov.Length))
        {
            if (type == "trak")
            {
                tracks.Add(Track(moov, start, end));
            }
        }

        return tracks;
    }

    private static Mp4Track Track(byte[] b, int start, int end)
    {
        var tkhd = Child(b, start, end, "tkhd");
        var widthAt = tkhd + (b[tkhd] == 1 ? 88 : 76); // version 1 has 64-bit times
        var mdia = ChildRange(b, start, end, "mdia");
        var mdhd = Child(b, mdia.Start, mdia.End, "mdhd");
        var version1 = b[mdhd] == 1;
        var timescale = U32(b, mdhd + (version1 ? 20 : 12));
        var duration = version1 ? BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(mdhd + 24)) : U32(b, mdhd + 16);
        var handler = Encoding.ASCII.GetString(b, Child(b, mdia.Start, mdia.End, "hdlr") + 8, 4);
        var minf = ChildRange(b, mdia.Start, mdia.End, "minf");
        var stbl = ChildRange(b, minf.Start, minf.End, "stbl");

        var stts = Child(b, stbl.Start, stbl.End, "stts");
        ulong samples = 0, ticks = 0;
        for (var i = 0; i < U32(b, stts + 4); i++)
        {
            samples += U32(b, stts + 8 + 8 * i);
            ticks += (ulong)U32(b, stts + 8 + 8 * i) * U32(b, stts + 12 + 8 * i);
        }

        // stsd's first entry: its type names the codec; avc1/avc3 carry the SPS in avcC, mp4a the channel count and rate.
        var entry = Child(b, stbl.Start, stbl.End, "stsd") + 8;
        var entryEnd = entry + (int)U32(b, entry);
        var codec = Encoding.ASCII.GetString(b, entry + 4, 4);
        var body = entry + 8;
        H264FrameSize? h264 = null;
        if (codec is "avc1" or "avc3")
        {
            var avcC = Child(b, body + 78, entryEnd, "avcC");
            var spsLength = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(avcC + 6));
            h264 = H264FrameSize.Read(b.AsSpan(avcC + 8, spsLength).ToArray());
        }

        var audio = handler == "soun" && entryEnd - body >= 28;
        return new Mp4Track
        {
            Handler = handler,
            Codec = codec,
            Timescale = timescale,
            Duration = duration,
            SampleCount = samples,
            SampleTicks = ticks,
            H264 = h264,
            Width = h264?.Width ?? (int)(U32(b, widthAt) >> 16),
            Height = h264?.Height ?? (int)(U32(b, widthAt + 4) >> 16),
            SizeSource = h264 is null ? "tkhd" : "SPS",
            Channels = audio ? BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(body + 16)) : 0,
            SampleRate = audio ? (int)(U32(b, body + 24) >> 16) : 0,
        };
    }

    // The body start of the one child box of that type.
    private static int Child(byte[] b, int start, int end, string type) => ChildRange(b, start, end, type).Start;

    private static (int Start, int End) ChildRange(byte[] b, int start, int end, string type)
    {
        foreach (var (childType, childStart, childEnd) in Children(b, start, end))
        {
            if (childType == type)
            {
                return (childStart, childEnd);
            }
        }

        throw new InvalidMp4Exception($"a track has no '{type}' box");
    }

    private static IEnumerable<(string Type, int Start, int End)> Children(byte[] b, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var size = at + 8 <= end ? (long)U32(b, at) : 0;
            if (size < 8 || at + size > end)
            {
                throw new InvalidMp4Exception($"a box inside moov at byte {at} claims {size} bytes");
            }

            yield return (Encoding.ASCII.GetString(b, at + 4, 4), at + 8, at + (int)size);
            at += (int)size;
        }
    }

    private static uint U32(byte[] b, int at)
        => at + 4 <= b.Length ? BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at)) : throw new InvalidMp4Exception("a box inside moov is cut off");
}
