using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Veo.Contract.Tests.Rules;

/// <summary>
/// Every combination of model × resolution × duration × aspect ratio × seed, against <see cref="VendorRules"/> (the vendor
/// page restated by hand). A standard validator's verdict on far more requests is the fake's differential test
/// (tests/Veo.Contract.Testing.Tests/Conformance/StandardValidatorAgreementTests.cs).
/// </summary>
public class TruthTableTests
{
    public static IEnumerable<object?[]> Combinations()
    {
        Resolution?[] resolutions = [null, Resolution.Hd720p, Resolution.FullHd1080p, Resolution.Uhd4k];
        int?[] durations = [null, 4, 5, 6, 8];
        AspectRatio?[] ratios = [null, AspectRatio.Landscape16x9, AspectRatio.Portrait9x16];
        long?[] seeds = [null, 42];
        return from model in VendorRules.Models
               from resolution in resolutions
               from duration in durations
               from ratio in ratios
               from seed in seeds
               select new object?[] { model, resolution, duration, ratio, seed };
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Validate_agrees_with_the_vendor_rules(string model, Resolution? resolution, int? duration, AspectRatio? ratio, long? seed)
    {
        var request = new CreateTaskRequest
        {
            Model = model,
            Prompt = "A lighthouse in a storm",
            Resolution = resolution,
            Duration = duration,
            AspectRatio = ratio,
            Seed = seed,
        };

        var actual = request.Validate().Select(v => v.Id).ToArray();

        Assert.Equal(VendorRules.ExpectedIds(model, resolution, duration, seed), actual.OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Equal(actual.Length, actual.Distinct().Count());
    }
}
