using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// What a package page shows works away from the repository: one project URL (PackageProjectUrl) names the project,
/// the repository, every README link and every rule's help link; the local endpoint ships as a library and a tool.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class PackageMetadataTests(PackageFixture package)
{
    public static TheoryData<string> Packages() => new(PackageFixture.PackedProjects);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_package_names_the_project_its_repository_its_license_and_a_readme(string packageId)
    {
        var metadata = Nuspec(packageId);

        Assert.Equal(ProjectUrl, Value(metadata, "projectUrl"));
        Assert.Equal(ProjectUrl, metadata.Element(metadata.Name.Namespace + "repository")?.Attribute("url")?.Value);
        Assert.Equal("Apache-2.0", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        using var archive = ZipFile.OpenRead(package.PathOf(packageId));
        Assert.Contains("README.md", archive.Entries.Select(e => e.FullName));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_link_of_a_packed_readme_is_absolute_and_what_it_names_in_the_repository_exists(string packageId)
    {
        using var archive = ZipFile.OpenRead(package.PathOf(packageId));
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        foreach (Match link in MarkdownLink().Matches(readme))
        {
            var target = link.Groups["target"].Value;
            Assert.True(target.StartsWith("https://", StringComparison.Ordinal), $"{packageId}'s README links to '{target}', which a package page cannot resolve.");
            if (target.StartsWith(ProjectUrl + "/blob/main/", StringComparison.Ordinal))
            {
                var path = target[(ProjectUrl.Length + "/blob/main/".Length)..].Split('#')[0];
                Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, path)), $"{packageId}'s README links to '{target}', but the repository has no {path}.");
            }
            else if (target.StartsWith(ProjectUrl + "#", StringComparison.Ordinal))
            {
                var anchor = target[(ProjectUrl.Length + 1)..];
                Assert.Contains(anchor, RepositoryReadmeAnchors());
            }
        }
    }

    [Fact]
    public void Every_rule_help_link_starts_at_the_project_url_and_has_its_page()
    {
        var descriptors = typeof(Fluent.Lightsail.Analyzers.DiagnosticDescriptors).GetFields()
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            Assert.Equal($"{ProjectUrl}/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing.");
        }
    }

    [Fact]
    public void The_local_endpoint_package_is_a_library_for_test_projects_on_the_same_runtime_package()
    {
        using var archive = ZipFile.OpenRead(package.PathOf("Fluent.Lightsail.Local"));
        var metadata = Nuspec("Fluent.Lightsail.Local");
        var ns = metadata.Name.Namespace;

        Assert.Contains("lib/net10.0/Fluent.Lightsail.Local.dll", archive.Entries.Select(e => e.FullName));
        Assert.Contains(metadata.Descendants(ns + "dependency"),
            d => d.Attribute("id")?.Value == "Fluent.Lightsail" && d.Attribute("version")?.Value == package.Version);
        Assert.Contains(metadata.Descendants(ns + "frameworkReference"), f => f.Attribute("name")?.Value == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public void The_tool_package_installs_the_lightsail_local_command()
    {
        using var archive = ZipFile.OpenRead(package.PathOf("Fluent.Lightsail.Local.Tool"));
        var settings = archive.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();

        Assert.Equal("lightsail-local", command.Attribute("Name")?.Value);
        Assert.Contains(Nuspec("Fluent.Lightsail.Local.Tool").Descendants(Nuspec("Fluent.Lightsail.Local.Tool").Name.Namespace + "packageType"),
            p => p.Attribute("name")?.Value == "DotnetTool");
    }

    /// <summary>The one project URL, as the runtime package states it.</summary>
    private string ProjectUrl => Value(Nuspec("Fluent.Lightsail"), "projectUrl");

    private XElement Nuspec(string packageId)
    {
        using var archive = ZipFile.OpenRead(package.PathOf(packageId));
        using var stream = archive.GetEntry(packageId + ".nuspec")!.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }

    private static string Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? string.Empty;

    /// <summary>The anchors GitHub makes for the README's headings: lower case, spaces to '-', punctuation dropped.</summary>
    private static HashSet<string> RepositoryReadmeAnchors() =>
        Heading().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .Select(m => AnchorPunctuation().Replace(m.Groups["title"].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^a-z0-9 \-_]")]
    private static partial Regex AnchorPunctuation();
}
