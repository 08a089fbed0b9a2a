using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>A .nupkg or .snupkg opened for reading: its file list, its nuspec and the bytes of any entry.</summary>
internal sealed class PackageArchive : IDisposable
{
    // Written by every pack, with a random name for the .psmdcp: packaging plumbing, not content.
    private static readonly string[] Plumbing = ["_rels/", "[Content_Types].xml", "package/services/metadata/"];

    private readonly ZipArchive _zip;

    public PackageArchive(string path)
    {
        _zip = ZipFile.OpenRead(path);
        var nuspecEntry = _zip.Entries.Single(entry => !entry.FullName.Contains('/') && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        Nuspec = XDocument.Load(stream);
    }

    public XDocument Nuspec { get; }

    /// <summary>Every content file, sorted, without the packaging plumbing.</summary>
    public IReadOnlyList<string> Files => _zip.Entries
        .Select(entry => entry.FullName)
        .Where(name => !Plumbing.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The value of a metadata element of the nuspec (empty when missing), whatever its XML namespace.</summary>
    public string Metadata(string name) => Nuspec.Descendants().FirstOrDefault(element => element.Name.LocalName == name)?.Value ?? "";

    /// <summary>The first element of the nuspec with that local name, whatever its XML namespace.</summary>
    public XElement? Element(string name) => Nuspec.Descendants().FirstOrDefault(element => element.Name.LocalName == name);

    /// <summary>(target framework, id, version range, excluded assets) of every dependency, in nuspec order.</summary>
    public IReadOnlyList<(string Framework, string Id, string Version, string Exclude)> Dependencies => Nuspec.Descendants()
        .Where(element => element.Name.LocalName == "dependency")
        .Select(element => (
            (string?)element.Parent?.Attribute("targetFramework") ?? "",
            (string?)element.Attribute("id") ?? "",
            (string?)element.Attribute("version") ?? "",
            (string?)element.Attribute("exclude") ?? ""))
        .ToList();

    public byte[] Read(string path)
    {
        var entry = _zip.GetEntry(path) ?? throw new FileNotFoundException($"The package has no {path}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => _zip.Dispose();
}
