using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>
/// A small independent reader of MP4 files, enough to check the fake's video: every box's size must add up
/// exactly, and the sample tables must describe the bytes in mdat.
/// </summary>
public sealed class Mp4File
{
    private static readonly HashSet<string> Containers = new() { "moov", "trak", "mdia", "minf", "stbl", "dinf" };

    public Mp4File(byte[] bytes)
    {
        Bytes = bytes;
        Boxes = ReadBoxes(0, bytes.Length);
    }

    public byte[] Bytes { get; }

    public List<Mp4Box> Boxes { get; }

    public Mp4Box Find(params string[] path)
    {
        var level = Boxes;
        Mp4Box? found = null;
        foreach (var type in path)
        {
            found = level.SingleOrDefault(b => b.Type == type) ?? throw new Xunit.Sdk.XunitException($"no '{type}' box on the path {string.Join("/", path)}");
            level = found.Children;
        }

        return found!;
    }

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(Bytes.AsSpan(offset));

    public ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(Bytes.AsSpan(offset));

    public string FourCc(int offset) => Encoding.ASCII.GetString(Bytes, offset, 4);

    private List<Mp4Box> ReadBoxes(int start, int end)
    {
        var boxes = new List<Mp4Box>();
        var offset = start;
        while (offset < end)
        {
            Assert.True(end - offset >= 8, $"a box header at {offset} is cut off");
            var size = (int)U32(offset);
            Assert.True(size >= 8 && offset + size <= end, $"box at {offset} has a bad size {size}");
            var box = new Mp4Box(FourCc(offset + 4), offset, size, 8);
            if (Containers.Contains(box.Type))
            {
                box.Children.AddRange(ReadBoxes(box.BodyStart, offset + size));
            }

            boxes.Add(box);
            offset += size;
        }

        Assert.Equal(end, offset);
        return boxes;
    }
}
