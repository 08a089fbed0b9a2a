using System;
using System.Text;

namespace Veo.Contract;

/// <summary>
/// Tells a video body from the pages that arrive in its place (a proxy's HTML, a storage error in JSON or XML, plain text),
/// by the declared Content-Type and by the first bytes, and quotes such a page for the error message.
/// </summary>
internal static class VideoBodyCheck
{
    public const int PreviewCharacters = 200;

    // Storage hosts label videos loosely (video/mp4, application/octet-stream, binary/octet-stream, nothing at all), so
    // only the types that certainly carry a document are refused.
    public static bool IsDocumentType(string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            return false;
        }

        var type = mediaType!.Trim().ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/json" or "application/xml" or "application/javascript" or "application/x-www-form-urlencoded"
            || type.EndsWith("+json", StringComparison.Ordinal)
            || type.EndsWith("+xml", StringComparison.Ordinal);
    }

    // MP4 and MOV open with a box size (first byte 0 for any ftyp box), WebM with 0x1A, MPEG-TS with 0x47: none with '<' or '{'.
    public static bool StartsLikeDocument(byte[] bytes, int count)
    {
        var i = 0;
        if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            i = 3;
        }

        while (i < count && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < count && bytes[i] is (byte)'<' or (byte)'{';
    }

    /// <summary>The body's beginning as one line of text, the key removed before it is cut to length.</summary>
    public static string Quote(byte[] bytes, int count, string? apiKey)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(bytes, 0, count));
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                text[i] = ' ';
            }
        }

        var redacted = SecretRedactor.Redact(text.ToString(), apiKey)!.Trim();
        return redacted.Length <= PreviewCharacters ? redacted : redacted.Substring(0, PreviewCharacters) + "…";
    }
}
