using System.IO;
using System.Text;

namespace Veo.Contract.Lifecycle.Tests.Support;

/// <summary>Just enough of ISO BMFF to tell an MP4 from anything else: the file starts with an ftyp box.</summary>
internal static class Mp4
{
    public static bool LooksValid(byte[] bytes)
        => bytes.Length > 8 && Encoding.ASCII.GetString(bytes, 4, 4) == "ftyp";

    public static bool LooksValid(string path) => LooksValid(File.ReadAllBytes(path));
}
