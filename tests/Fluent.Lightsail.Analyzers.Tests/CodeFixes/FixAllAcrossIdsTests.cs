using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// Fix All as <c>dotnet format analyzers</c> runs it (<see cref="FormatRun"/>): one run fixes every mechanical mistake of
/// every id, whichever diagnostic the tool sees first (an unfixable one, another id's, a choice's); the result is the same
/// in any order; choices stay untouched; and no fix makes a new diagnostic (unique tag keys and names).
/// </summary>
public sealed class FixAllAcrossIdsTests
{
    private static readonly string Source = Sources.Usings + """
        [assembly: Tag("owner", "ann")]
        [assembly: Tag("aws:owner", "bob")]

        [InstanceTemplate(AvailabilityZone = "US-EAST-2A", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        [Tag("env-", "a")]
        [Tag("env#", "b")]
        [Tag("cost$center", "x")]
        [Tag("cost#center", "y")]
        [Tag("", "empty")]
        [Tag("role", "web")]
        [Tag("role", "web")]
        [AutoSnapshot("6:30")]
        public partial class Web;

        [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Nano3_0)]
        public class Plain { }

        public static class Calls
        {
            public static void Run()
            {
                const string Zone = "US-WEST-2B";
                Web.Named("web 1", "web-1").InZone(Zone).WithIpAddressType("ipv6");
                Web.Named("a").InZone(Zone).WithStopInstanceOnIdle("10 ", "1h");
                Web.Named("db-1").WithBlueprint("windows_server_2025");
                Web.Named("x-1").InZone("ap-southeast-4b").WithTag("team", "ops").WithTag("team", "dev");
            }
        }

        """ + Sources.Stages("Web");

    [Fact]
    public async Task One_run_fixes_every_mechanical_mistake_and_no_choice()
    {
        var result = await FormatRun.RunAsync(Source, new Random(1));

        Assert.Contains("""[InstanceTemplate(AvailabilityZone = "us-east-2a",""", result);
        Assert.Contains("""[assembly: Tag("owner-2", "bob")]""", result);
        Assert.Contains("""[Tag("env-2", "b")]""", result);
        Assert.Contains("""[Tag("cost-center", "x")]""", result);
        Assert.Contains("""[Tag("cost-center-2", "y")]""", result);
        Assert.Equal(1, Count(result, """[Tag("role", "web")]"""));
        Assert.Contains("""[AutoSnapshot("06:00")]""", result);
        Assert.Contains("public partial class Plain", result);
        Assert.Contains("""const string Zone = "us-west-2b";""", result);
        Assert.Equal(2, Count(result, ".InZone(Zone)"));
        Assert.Contains("""Web.Named("web-2", "web-1")""", result);
        Assert.Contains("""WithStopInstanceOnIdle("10", "60")""", result);

        // Choices and unfixable values stay as written.
        Assert.Contains("""WithIpAddressType("ipv6")""", result);
        Assert.Contains("""Web.Named("a")""", result);
        Assert.Contains("""WithBlueprint("windows_server_2025")""", result);
        Assert.Contains("""InZone("ap-southeast-4b")""", result);
        Assert.Contains("""WithTag("team", "dev")""", result);
        Assert.Contains("""[Tag("", "empty")]""", result);
    }

    [Fact]
    public async Task The_result_is_the_same_in_any_order_and_a_second_run_changes_nothing()
    {
        var first = await FormatRun.RunAsync(Source, new Random(1));

        for (var seed = 2; seed <= 6; seed++)
        {
            Assert.Equal(first, await FormatRun.RunAsync(Source, new Random(seed)));
        }

        Assert.Equal(first, await FormatRun.RunAsync(first, new Random(7)));
    }

    [Fact]
    public async Task What_is_left_are_choices_and_rules_without_a_fix()
    {
        var result = await FormatRun.RunAsync(Source, new Random(3));

        using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var (_, diagnostics) = await OfferedFixes.AnalyzeAsync(workspace, result);
        Assert.Equal(
            new[] { "FLS1001", "FLS2003", "FLS3002", "FLS3006", "FLS6001", "FLS6006", "FLS7003", "FLS7004", "FLS8002" },
            diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));
        Assert.Single(diagnostics, d => d.Id == "FLS6006");
    }

    private static int Count(string text, string part)
        => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
