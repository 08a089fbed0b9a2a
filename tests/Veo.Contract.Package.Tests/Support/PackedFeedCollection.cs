using Xunit;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>Every package test shares one pack; the tests in it run one after another (each one builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
