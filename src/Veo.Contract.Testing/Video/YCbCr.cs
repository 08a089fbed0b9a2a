namespace Veo.Contract.Testing.Video;

/// <summary>One colour in the video range of BT.601 (luma 16 to 235, chroma 16 to 240).</summary>
internal readonly struct YCbCr
{
    public YCbCr(int y, int cb, int cr)
    {
        Y = y;
        Cb = cb;
        Cr = cr;
    }

    public int Y { get; }

    public int Cb { get; }

    public int Cr { get; }
}
