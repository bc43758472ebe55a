using System.Text.RegularExpressions;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// Each rule page's "Fix" section lists exactly the actions the light bulb offers for its sample (the page's bad example),
/// with their titles and kinds: "Mechanical" for the fix Fix All and dotnet format apply, "Choice" for the others.
/// </summary>
public sealed class RuleDocsFixTests
{
    private static readonly string RulesDirectory = Path.Combine(RepositoryPaths.Root, "docs", "rules");

    private static readonly Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider[] Providers =
        { new ValueCodeFixProvider(), new RemovalCodeFixProvider(), new TemplateShapeCodeFixProvider(), new GeneratedNameCodeFixProvider() };

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public async Task The_pages_fix_section_lists_the_offered_actions(DiagnosticSample sample)
    {
        var offered = new List<string>();
        foreach (var provider in Providers)
        {
            var actions = await OfferedFixes.ListAsync(provider, Sources.StripMarkup(sample.Markup), sample.AdditionalFiles);
            offered.AddRange(actions.Where(a => a.Id == sample.Id).Select(a => (a.EquivalenceKey == FixKeys.Mechanical ? "Mechanical" : "Choice") + ": " + a.Title));
        }

        Assert.Equal(offered.Distinct(), Documented(sample.Id));
    }

    /// <summary>The "- Mechanical: **title**" and "- Choice: **title**" lines of the page's "## Fix" section.</summary>
    private static IEnumerable<string> Documented(string id)
    {
        var page = File.ReadAllText(Path.Combine(RulesDirectory, id + ".md"));
        var section = Regex.Match(page, @"^## Fix\r?\n(?<body>.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, $"{id}.md has no '## Fix' section");
        return Regex.Matches(section.Groups["body"].Value, @"^- (?<kind>Mechanical|Choice): \*\*(?<title>.+?)\*\*", RegexOptions.Multiline)
            .Select(m => m.Groups["kind"].Value + ": " + m.Groups["title"].Value);
    }
}
