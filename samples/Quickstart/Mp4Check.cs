using System.IO;
using System.Text;

namespace Quickstart;

/// <summary>A quick look at the saved file: an MP4 starts with an ftyp box naming its brand.</summary>
internal static class Mp4Check
{
    public static bool TryDescribe(string path, out string description)
    {
        var head = new byte[12];
        using (var file = File.OpenRead(path))
        {
            if (file.Read(head, 0, head.Length) < head.Length)
            {
                description = "too short to be an MP4";
                return false;
            }
        }

        if (Encoding.ASCII.GetString(head, 4, 4) != "ftyp")
        {
            description = "NOT an MP4";
            return false;
        }

        description = "MP4, brand " + Encoding.ASCII.GetString(head, 8, 4);
        return true;
    }
}
