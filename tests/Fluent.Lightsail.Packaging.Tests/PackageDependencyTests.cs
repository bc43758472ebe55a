using System.IO.Compression;
using System.Xml.Linq;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// What the packed nuspec makes every consumer restore: AWSSDK.Core (the client) and Microsoft.Extensions.Logging.Abstractions
/// (the optional ILogger for run-time rule warnings), at the versions the solution builds with, and nothing else.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageDependencyTests(PackageFixture package)
{
    [Fact]
    public void Every_target_depends_on_AWSSDK_Core_and_the_logging_abstractions_alone_at_the_solution_s_versions()
    {
        var groups = Nuspec().Descendants().Where(e => e.Name.LocalName == "group").ToList();

        Assert.Equal([".NETStandard2.0", "net8.0"], groups.Select(g => (string)g.Attribute("targetFramework")!).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            Assert.Equal(
                [("AWSSDK.Core", CentralVersionOf("AWSSDK.Core")), ("Microsoft.Extensions.Logging.Abstractions", CentralVersionOf("Microsoft.Extensions.Logging.Abstractions"))],
                group.Elements().Select(d => ((string?)d.Attribute("id"), (string?)d.Attribute("version"))).Order());
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
