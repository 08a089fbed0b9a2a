using Veo.Contract;

namespace Quickstart;

/// <summary>
/// The spec's own spelling of the request's enum values ("1080p", "16:9"), which users know from the vendor's page,
/// instead of the C# member names (FullHd1080p). A switch, not reflection over the generated attributes.
/// </summary>
internal static class WireText
{
    public static string Of(Resolution? value) => value switch
    {
        null => "service default",
        Resolution.Hd720p => "720p",
        Resolution.FullHd1080p => "1080p",
        Resolution.Uhd4k => "4k",
        { } other => other.ToString(),
    };

    public static string Of(AspectRatio? value) => value switch
    {
        null => "service default",
        AspectRatio.Landscape16x9 => "16:9",
        AspectRatio.Portrait9x16 => "9:16",
        { } other => other.ToString(),
    };
}
