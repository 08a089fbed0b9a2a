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

    public static ImmutableArray<MetadataReference> For(ClientKind client)
        => client == ClientKind.Real ? Framework.Add(Client) : Framework;
}
