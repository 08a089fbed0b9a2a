using System;

namespace Quickstart;

/// <summary>The saved file is not an MP4 this check can read; the message says where it stopped.</summary>
internal sealed class InvalidMp4Exception : Exception
{
    public InvalidMp4Exception(string message)
        : base(message)
    {
    }
}
