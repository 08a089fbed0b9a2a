using System;

namespace Veo.Contract;

/// <summary>
/// Reads an API key the way people paste it: copied from a curl line or a header it often keeps its scheme
/// (<c>Bearer abc</c>), which the client would send as <c>Bearer Bearer abc</c> and the service refuse like a wrong key.
/// </summary>
internal static class PastedApiKey
{
    private const string Scheme = "Bearer";

    /// <summary>The key without surrounding white space and without a leading <c>Bearer</c> scheme; null when blank.</summary>
    public static string? WithoutScheme(string? pasted, out bool hadScheme)
    {
        hadScheme = false;
        if (string.IsNullOrWhiteSpace(pasted))
        {
            return null;
        }

        var key = pasted!.Trim();

        // The scheme is case-insensitive (RFC 7235) and separated by white space; "Bearer" alone is left as it is.
        if (key.Length > Scheme.Length
            && key.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && char.IsWhiteSpace(key[Scheme.Length]))
        {
            hadScheme = true;
            return key.Substring(Scheme.Length).TrimStart();
        }

        return key;
    }
}
