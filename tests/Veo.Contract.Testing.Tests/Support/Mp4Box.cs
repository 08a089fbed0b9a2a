using System.Collections.Generic;

namespace Veo.Contract.Testing.Tests.Support;

/// <summary>One ISO-BMFF box found by <see cref="Mp4File"/>: its type, where its body lies, and its children.</summary>
public sealed class Mp4Box
{
    public Mp4Box(string type, int start, int size, int headerSize)
    {
        Type = type;
        Start = start;
        Size = size;
        HeaderSize = headerSize;
    }

    public string Type { get; }

    public int Start { get; }

    public int Size { get; }

    public int HeaderSize { get; }

    public int BodyStart => Start + HeaderSize;

    public int BodyLength => Size - HeaderSize;

    public List<Mp4Box> Children { get; } = new();
}
