using System.IO.Compression;
using System.Xml.Linq;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>What the packed nuspec makes every consumer restore: AWSSDK.Core, at the version the solution builds with.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageDependencyTests(PackageFixture package)
{
    [Fact]
    public void Every_target_depends_on_AWSSDK_Core_alone_at_the_solution_s_version()
    {
        var groups = Nuspec().Descendants().Where(e => e.Name.LocalName == "group").ToList();

        Assert.Equal([".NETStandard2.0", "net8.0"], groups.Select(g => (string)g.Attribute("targetFramework")!).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var dependency = Assert.Single(group.Elements());
            Assert.Equal("AWSSDK.Core", (string?)dependency.Attribute("id"));
            Assert.Equal(CentralVersionOf("AWSSDK.Core"), (string?)dependency.Attribute("version"));
        }
    }

    private XDocument Nuspec()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.GetEntry("Fluent.Lightsail.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static string CentralVersionOf(string id) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == id)
            .Attribute("Version")!.Value;
}
