using System.Linq;
using System.Text;

namespace Veo.Contract.Package.Tests.Support;

/// <summary>
/// The approvable text of a package: its files, its dependencies and framework references, and its symbol package's
/// files, with the per-run version written as &lt;version&gt; so the text is the same on every run.
/// </summary>
internal static class PackageListing
{
    public static string Of(PackedFeed feed, string id)
    {
        var text = new StringBuilder();
        using (var package = new PackageArchive(feed.PackagePath(id)))
        {
            text.Append(id).Append(".<version>.nupkg\n");
            foreach (var file in package.Files)
            {
                text.Append("  ").Append(file).Append('\n');
            }

            text.Append("dependencies\n");
            foreach (var (framework, dependency, version, exclude) in package.Dependencies)
            {
                text.Append($"  {framework} {dependency} {version} exclude={exclude}\n");
            }

            var frameworkReferences = package.Nuspec.Descendants().Where(element => element.Name.LocalName == "frameworkReference").ToList();
            if (frameworkReferences.Count > 0)
            {
                text.Append("framework references\n");
                foreach (var reference in frameworkReferences)
                {
                    text.Append($"  {(string?)reference.Parent?.Attribute("targetFramework")} {(string?)reference.Attribute("name")}\n");
                }
            }
        }

        using (var symbols = new PackageArchive(feed.SymbolPackagePath(id)))
        {
            text.Append(id).Append(".<version>.snupkg\n");
            foreach (var file in symbols.Files)
            {
                text.Append("  ").Append(file).Append('\n');
            }
        }

        return text.ToString().Replace(feed.Version, "<version>");
    }
}
