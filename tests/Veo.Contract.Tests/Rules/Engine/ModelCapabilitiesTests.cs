using Veo.Contract.Rules;
using Xunit;

namespace Veo.Contract.Tests.Rules.Engine;

/// <summary>What a model supports: a listed value, anything (no list), nothing (empty list).</summary>
public class ModelCapabilitiesTests
{
    // Built per use, not once: a static built under another mutant would hide a constructor mutant.
    private static ModelCapabilities Model => new(
        "m",
        [new ModelCapability("sizes", ["s", "m"]), new ModelCapability("tone", null), new ModelCapability("loop", [])]);

    [Theory]
    [InlineData("sizes", "s", true)]
    [InlineData("sizes", "m", true)]
    [InlineData("sizes", "l", false)]
    [InlineData("sizes", "S", false)]
    [InlineData("sizes", null, false)]
    [InlineData("tone", "anything", true)]
    [InlineData("tone", null, true)]
    [InlineData("loop", "yes", false)]
    [InlineData("unlisted", "x", true)]
    public void Supports_reads_the_capability_list(string capability, string? value, bool supported)
        => Assert.Equal(supported, Model.Supports(capability, value));
}
