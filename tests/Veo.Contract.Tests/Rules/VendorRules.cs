using System.Collections.Generic;

namespace Veo.Contract.Tests.Rules;

/// <summary>
/// The vendor page's constraints restated by hand, independently of the spec and the generated table,
/// so the truth table checks one against the other.
/// </summary>
internal static class VendorRules
{
    public static readonly string[] Models = ["veo-3.1", "veo-3.1-fast", "veo-3.0"];

    public static SortedSet<string> ExpectedIds(string model, Resolution? resolution, int? duration, long? seed)
    {
        var ids = new SortedSet<string>();
        var effectiveResolution = resolution ?? Resolution.Hd720p; // vendor default 720p
        var effectiveDuration = duration ?? 8; // vendor default 8
        if (duration is not null && duration is not (4 or 6 or 8))
        {
            ids.Add("VEO0002");
        }

        if (effectiveResolution is Resolution.FullHd1080p or Resolution.Uhd4k && effectiveDuration != 8)
        {
            ids.Add("VEO0003");
        }

        if (effectiveResolution == Resolution.Uhd4k && model is not ("veo-3.1" or "veo-3.1-fast"))
        {
            ids.Add("VEO0004");
        }

        if (seed is not null && model is not ("veo-3.1" or "veo-3.1-fast"))
        {
            ids.Add("VEO0005");
        }

        return ids;
    }
}
