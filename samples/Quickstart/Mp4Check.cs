using System.IO;
using System.Text;

namespace Quickstart;

/// <summary>A quick look at the saved file: an MP4 starts with an ftyp box naming its brand.</summary>
internal static class Mp4Check
{
    public static string Describe(string path)
    {
        var head = new byte[12];
        using (var file = File.OpenRead(path))
        {
            if (file.Read(head, 0, head.Length) < head.Length)
            {
                return "too short to be an MP4";
            }
        }

        return Encoding.ASCII.GetString(head, 4, 4) == "ftyp"
            ? "MP4, brand " + Encoding.ASCII.GetString(head, 8, 4)
            : "NOT an MP4";
    }
}
