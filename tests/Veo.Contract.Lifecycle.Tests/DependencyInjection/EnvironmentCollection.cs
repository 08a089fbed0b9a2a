using Xunit;

namespace Veo.Contract.Lifecycle.Tests.DependencyInjection;

/// <summary>Tests that change environment variables run on their own, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
