using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace Veo.Contract.Testing.Video;

/// <summary>Big-endian writer for ISO-BMFF boxes; a box's size is patched in once its body is written.</summary>
internal sealed class Mp4BoxWriter
{
    private readonly MemoryStream _stream = new();

    public long Position => _stream.Position;

    public void U8(int value) => _stream.WriteByte((byte)value);

    public void U16(int value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(buffer, (ushort)value);
        _stream.Write(buffer);
    }

    public void U32(long value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)value);
        _stream.Write(buffer);
    }

    public void Zeros(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _stream.WriteByte(0);
        }
    }

    public void Bytes(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    public void FourCc(string code) => _stream.Write(Encoding.ASCII.GetBytes(code));

    /// <summary>The 3x3 identity transformation matrix of mvhd and tkhd (16.16 and 2.30 fixed point).</summary>
    public void IdentityMatrix()
    {
        U32(0x00010000);
        U32(0);
        U32(0);
        U32(0);
        U32(0x00010000);
        U32(0);
        U32(0);
        U32(0);
        U32(0x40000000);
    }

    public void Box(string type, Action body)
    {
        var start = _stream.Position;
        U32(0);
        FourCc(type);
        body();
        var end = _stream.Position;
        _stream.Position = start;
        U32(end - start);
        _stream.Position = end;
    }

    public void FullBox(string type, int version, int flags, Action body)
        => Box(type, () =>
        {
            U8(version);
            U8(flags >> 16);
            U16(flags & 0xFFFF);
            body();
        });

    public byte[] ToArray() => _stream.ToArray();
}
