using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Veo.Contract.Analyzers.Tests.Support;

/// <summary>References of every test compilation, created once: .NET 8 reference assemblies and the real client.</summary>
public static class TestReferences
{
    /// <summary>No package to download: the reference assemblies come from Basic.Reference.Assemblies.Net80.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0");

    public static MetadataReference Client { get; } = MetadataReference.CreateFromFile(typeof(CreateTaskRequest).Assembly.Location);

    public static ImmutableArray<MetadataReference> Framework { get; } = ImmutableArray.CreateRange<MetadataReference>(Net80.References.All);

    /// <summary>
    /// Just the assemblies the realistic sources use, for the thousands of prefix compilations: fewer symbols to load
    /// and search each time, and the whole framework would exercise the analyzer no further.
    /// </summary>
    public static ImmutableArray<MetadataReference> Minimal(ClientKind client)
    {
        var framework = ImmutableArray.Create<MetadataReference>(
            Net80.References.SystemRuntime,
            Net80.References.SystemCollections,
            Net80.References.SystemLinq,
            Net80.References.SystemNetHttp,
            Net80.References.SystemRuntimeSerializationPrimitives,
            Net80.References.SystemThreadingTasks);
        return client == ClientKind.Real ? framework.Add(Client) : framework;
    }

    public static ImmutableArray<MetadataReference> For(ClientKind client)
        => client == ClientKind.Real ? Framework.Add(Client) : Framework;
}
