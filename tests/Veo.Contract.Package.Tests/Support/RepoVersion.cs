using System;
using System.Linq;
using System.Xml.Linq;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>The version the repository declares, read from the one place it lives (VersionPrefix in Directory.Build.props).</summary>
internal static class RepoVersion
{
    public static string Prefix { get; } = ReadPrefix();

    private static string ReadPrefix()
    {
        var prefixes = XDocument.Load(RepoPaths.BuildProps).Descendants()
            .Where(element => element.Name.LocalName == "VersionPrefix")
            .Select(element => element.Value.Trim())
            .ToList();
        return prefixes.Count == 1
            ? prefixes[0]
            : throw new InvalidOperationException($"Directory.Build.props must set VersionPrefix exactly once; found {prefixes.Count}.");
    }
}
