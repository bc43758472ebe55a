using System.Text;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>
/// The analyzers build the assembly-level values once per compilation and layer every template over them, and keep a
/// template's own cross-field findings for all of its chains. These tests would fail if one template's values leaked
/// into the shared layer or into another template's cache, including when callbacks run concurrently.
/// </summary>
public sealed class SharedStateTests
{
    private const string Defaults = """
        [assembly: TemplateDefaults(AvailabilityZone = "us-east-2a", Bundle = Bundles.SmallWin3_0)]
        [assembly: Tag("env", "prod")]

        """;

    [Fact]
    public Task A_template_that_overrides_the_assembly_defaults_does_not_change_what_the_next_one_inherits()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + Defaults + """
            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] [Tag("env", "dev")] public partial class Overrides;
            [{|FLS3005:InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)|}] public partial class Inherits;
            [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022)] public partial class InheritsToo;
            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] public partial class OverridesAgain;
            """);

    [Fact]
    public Task Each_chain_is_judged_against_its_own_template_whatever_the_other_chains_of_that_template_found()
    {
        var source = Sources.Usings + Defaults + """
            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] public partial class Linux;
            [{|FLS3005:InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)|}] public partial class Inherits;

            """ + Sources.Stages("Linux") + Sources.Stages("Inherits") + """
            public static class Calls
            {
                public static void Run()
                {
                    Linux.Named("l-1").WithBundle({|FLS3005:"small_win_3_0"|});
                    Linux.Named("l-2").InZone("us-east-2b");
                    Linux.Named("l-3").WithBundle({|FLS3005:"small_win_3_0"|});
                    Inherits.Named("i-1").WithKeyPair("deploy");
                    Inherits.Named("i-2").WithBlueprint("windows_server_2022");
                    Inherits.Named("i-3").WithBundle("small_3_0");
                }
            }
            """;
        return LightsailAnalyzerTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Many_templates_sharing_the_assembly_defaults_give_the_same_findings_under_concurrent_analysis()
    {
        var source = ManyTemplates(60);
        var expected = ExpectedLines(source);
        Assert.Equal(60, expected.Count);

        // Concurrent analysis orders the callbacks differently each time: a few runs give a race a chance to show.
        for (var run = 0; run < 4; run++)
        {
            var result = await AnalyzerRun.RunAsync(source);
            Assert.Empty(result.CompilerErrors);
            var actual = result.AnalyzerDiagnostics
                .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line))
                .OrderBy(d => d.Line)
                .ToList();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>
    /// Three kinds of template over one set of defaults (Windows bundle, an env tag): one overrides the bundle and the tag
    /// (its chain makes the pair wrong), one inherits a bundle its blueprint clashes with (reported on the template, and
    /// not again for its chain), one inherits a bundle its blueprint matches (its chain makes the pair wrong). A line
    /// that should carry FLS3005 ends in "// FLS3005".
    /// </summary>
    private static string ManyTemplates(int count)
    {
        var source = new StringBuilder(Sources.Usings).Append(Defaults);
        var calls = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            switch (i % 3)
            {
                case 0:
                    source.AppendLine($$"""[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] [Tag("env", "dev")] public partial class T{{i}};""");
                    calls.AppendLine($$"""        T{{i}}.Named("t-{{i}}").WithBundle("small_win_3_0"); // FLS3005""");
                    break;
                case 1:
                    source.AppendLine($$"""[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)] public partial class T{{i}}; // FLS3005""");
                    calls.AppendLine($$"""        T{{i}}.Named("t-{{i}}").WithKeyPair("deploy");""");
                    break;
                default:
                    source.AppendLine($$"""[InstanceTemplate(Blueprint = Blueprints.WindowsServer2022)] public partial class T{{i}};""");
                    calls.AppendLine($$"""        T{{i}}.Named("t-{{i}}").WithBlueprint("ubuntu_24_04"); // FLS3005""");
                    break;
            }

            source.Append(Sources.Stages("T" + i));
        }

        return source.Append("public static class Calls\n{\n    public static void Run()\n    {\n")
            .Append(calls)
            .Append("    }\n}\n")
            .ToString();
    }

    private static List<(string Id, int Line)> ExpectedLines(string source)
        => source.Split('\n')
            .Select((line, index) => (line, index))
            .Where(pair => pair.line.TrimEnd().EndsWith("// FLS3005", StringComparison.Ordinal))
            .Select(pair => ("FLS3005", pair.index))
            .ToList();
}
