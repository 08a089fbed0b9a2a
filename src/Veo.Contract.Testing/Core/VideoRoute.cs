using System;

namespace Veo.Contract.Testing.Core;

/// <summary>
/// The fake's own download links of finished videos, <c>/videos/{task id}.mp4</c>. The spec does not describe them (the
/// vendor's links point at its storage host), so this route is the fake's; the API's routes come from the spec.
/// </summary>
internal static class VideoRoute
{
    public const string Prefix = "/videos/";
    private const string Suffix = ".mp4";

    public static Uri Link(Uri baseAddress, string id) => new(baseAddress, "videos/" + Uri.EscapeDataString(id) + Suffix);

    /// <summary>The task id of a path under <see cref="Prefix"/>; false unless it names an MP4.</summary>
    public static bool TryGetId(string path, out string id)
    {
        id = "";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !path.EndsWith(Suffix, StringComparison.Ordinal) || path.Length < Prefix.Length + Suffix.Length)
        {
            return false;
        }

        id = path.Substring(Prefix.Length, path.Length - Prefix.Length - Suffix.Length);
        return true;
    }
}
