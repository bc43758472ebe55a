using System.Text.RegularExpressions;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>The diagnostic catalogue: ids, areas, release tracking, help links and one docs page per id.</summary>
public sealed class CatalogueTests
{
    public static IEnumerable<object[]> Ids => DiagnosticDescriptors.All.Select(d => new object[] { d.Id });

    [Fact]
    public void Ids_are_unique_and_grouped_by_area()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var areas = new Dictionary<char, string>
        {
            ['1'] = "Lightsail.Naming", ['2'] = "Lightsail.Placement", ['3'] = "Lightsail.Image", ['4'] = "Lightsail.UserData",
            ['5'] = "Lightsail.KeyPair", ['6'] = "Lightsail.Tags", ['7'] = "Lightsail.AddOns", ['8'] = "Lightsail.Networking",
            ['9'] = "Lightsail.Template",
        };
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^FLS[1-9][0-9]{3}$", descriptor.Id);
            Assert.Equal(areas[descriptor.Id[3]], descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Every_rule_id_constant_has_a_descriptor()
    {
        var constants = typeof(RuleIds).GetFields().Select(field => (string)field.GetRawConstantValue()!).OrderBy(id => id);

        Assert.Equal(constants, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_docs_page_which_exists(string id)
    {
        var descriptor = DiagnosticDescriptors.ForRule(id);

        Assert.Equal("https://github.com/fluent-lightsail/fluent-lightsail/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        Assert.StartsWith("# " + id + ": ", page);
        Assert.Contains("## Bad", page);
        Assert.Contains("## Good", page);
        Assert.Contains("## Source", page);
        Assert.Contains("| Severity | " + Severity(descriptor) + " |", page);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_id_with_its_category_and_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.ForRule(id);
        var unshipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "analyzers", "Fluent.Lightsail.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.Matches(new Regex("^" + id + @" \| " + Regex.Escape(descriptor.Category) + @" \| " + Severity(descriptor) + @" \|", RegexOptions.Multiline), unshipped);
    }

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        DiagnosticSeverity.Info => "Info",
        _ => "Hidden",
    };
}
