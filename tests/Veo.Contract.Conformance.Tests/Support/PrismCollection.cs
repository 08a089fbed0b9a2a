namespace Veo.Contract.Conformance.Tests.Support;

/// <summary>One fake and one pair of Prism processes for all conformance tests, which run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<ConformanceFixture>
{
    public const string Name = "Prism";
}
