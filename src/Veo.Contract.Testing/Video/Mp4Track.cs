using System;
using System.Collections.Generic;

namespace Veo.Contract.Testing.Video;

/// <summary>One track as <see cref="Mp4Muxer"/> writes it: its samples (stored as one chunk), their timing and its sample description.</summary>
internal sealed class Mp4Track
{
    public Mp4Track(string handler, int timescale, IReadOnlyList<byte[]> samples, IReadOnlyList<(int Count, int Delta)> timeToSample, Action<Mp4BoxWriter> sampleEntry)
    {
        Handler = handler;
        Timescale = timescale;
        Samples = samples;
        TimeToSample = timeToSample;
        SampleEntry = sampleEntry;
        foreach (var (count, delta) in timeToSample)
        {
            Duration += (long)count * delta;
        }
    }

    /// <summary>The handler type: "vide" or "soun".</summary>
    public string Handler { get; }

    public bool IsVideo => Handler == "vide";

    public int Timescale { get; }

    public IReadOnlyList<byte[]> Samples { get; }

    /// <summary>stts runs: so many samples lasting so many ticks each.</summary>
    public IReadOnlyList<(int Count, int Delta)> TimeToSample { get; }

    /// <summary>The track's length in its own timescale.</summary>
    public long Duration { get; }

    /// <summary>Writes the one entry of stsd (avc1 or mp4a).</summary>
    public Action<Mp4BoxWriter> SampleEntry { get; }

    /// <summary>The 0-based indexes of the sync samples; null when every sample is one (no stss box).</summary>
    public IReadOnlyList<int>? SyncSamples { get; init; }

    /// <summary>The display size of a video track (tkhd); 0 for audio.</summary>
    public int Width { get; init; }

    public int Height { get; init; }
}
