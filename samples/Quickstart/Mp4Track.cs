namespace Quickstart;

/// <summary>One track of the saved MP4 as its boxes describe it.</summary>
internal sealed class Mp4Track
{
    /// <summary>hdlr's handler type: "vide", "soun" ….</summary>
    public string Handler { get; init; } = "";

    /// <summary>The sample entry's type: avc1, mp4a ….</summary>
    public string Codec { get; init; } = "";

    public uint Timescale { get; init; }

    /// <summary>mdhd's duration, in <see cref="Timescale"/> units.</summary>
    public ulong Duration { get; init; }

    /// <summary>Samples (frames) and their summed durations, from stts.</summary>
    public ulong SampleCount { get; init; }

    public ulong SampleTicks { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Where Width and Height come from: "SPS" for H.264, else "tkhd".</summary>
    public string SizeSource { get; init; } = "tkhd";

    public H264FrameSize? H264 { get; init; }

    public int Channels { get; init; }

    public int SampleRate { get; init; }

    public double Seconds => Timescale == 0 ? 0 : (double)Duration / Timescale;

    public double FramesPerSecond => SampleTicks == 0 ? 0 : SampleCount * (double)Timescale / SampleTicks;
}
