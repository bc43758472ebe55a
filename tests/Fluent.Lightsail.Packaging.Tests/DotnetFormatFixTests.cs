using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// What a user who fixes from the command line gets: one <c>dotnet format analyzers</c> run with every rule id, on a
/// consumer of the packed package holding every kind of mechanical mistake (several of each), fixes them all; what is left
/// are the diagnostics whose fix is a choice; the result builds; and a second run changes nothing. (The calls of the
/// templates that are not partial yet are written correctly: until FLS9001/FLS9005's fix there is no builder, so the
/// analyzers cannot see their arguments, and dotnet format checks each id once, in an order of its own.)
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotnetFormatFixTests(PackageFixture package)
{
    /// <summary>The mistakes below whose fixes are choices (a guess or a decision), which dotnet format leaves alone.</summary>
    private static readonly string[] Choices = ["FLS3002", "FLS7004"];

    private const string Program = """
        using Fluent.Lightsail;

        [assembly: Tag("aws:team", "platform")]
        [assembly: Tag("cost#center", "web")]
        [assembly: Tag("cost$center", "api")]

        const string Zone = "US-EAST-2A";
        var requests = new[]
        {
            WebServer.Named("web 1", "-web-2-", "web-1").InZone(Zone).WithTag("owner#1", "ann").WithTag("env", "prod").WithTag("env", "prod").Build(),
            WebServer.Named("api_1!").InZone(" eu-west-1b ").WithAutoSnapshot("7:15").WithIpAddressType("IPv4").Build(),
            WebServer.Named("web-9").InZone(Zone).WithBlueprint("ubuntu_26_04").WithAutoSnapshot("23:59").Build(),
            Research.Named("lab 1").InZone("US-WEST-2B").WithStopInstanceOnIdle("5%", "2h").Build(),
            Plain.Named("plain-1").InZone("eu-west-2a").Build(),
            Outer.Inner.Named("inner-1").InZone("eu-west-2a").WithIpAddressType("ipv6").Build(),
        };
        foreach (var request in requests)
        {
            Console.WriteLine(request.ToJson());
        }

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        [Tag("role", "web")]
        [Tag("role", "web")]
        [Tag("aws:owner", "me")]
        [Tag("owner", "you")]
        [AutoSnapshot("06:30")]
        public partial class WebServer;

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.NanoIpv6_3_0)]
        [AutoSnapshot("6")]
        [StopInstanceOnIdle("10 ", "1h")]
        public partial class Research;

        [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0, AvailabilityZone = "Us-East-2b")]
        public class Plain;

        public class Outer
        {
            [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.MicroIpv6_3_0)]
            public partial class Inner;
        }

        """;

    [Fact]
    public async Task One_run_with_every_id_fixes_every_mechanical_mistake_and_a_second_run_changes_nothing()
    {
        using var consumer = ConsumerProject.Create(package, Program);
        var ids = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "FLS*.md").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var programPath = Path.Combine(consumer.Directory, "Program.cs");

        (await FormatAsync(consumer, ids!)).EnsureSuccess("dotnet format analyzers");
        var fixedProgram = await File.ReadAllTextAsync(programPath);
        var build = (await consumer.BuildAsync()).EnsureSuccess("dotnet build of the fixed consumer");

        var left = Regex.Matches(build.Output, @"(warning|error) (FLS\d{4})").Select(m => m.Groups[2].Value).Distinct().Order();
        Assert.Equal(Choices, left);
        Assert.Contains("""[assembly: Tag("team", "platform")]""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""[assembly: Tag("cost-center-2", "api")]""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""const string Zone = "us-east-2a";""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""WebServer.Named("web-2", "web-3", "web-1")""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""WithStopInstanceOnIdle("5", "120")""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""[StopInstanceOnIdle("10", "60")]""", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("""WithBlueprint("ubuntu_26_04")""", fixedProgram, StringComparison.Ordinal);

        (await FormatAsync(consumer, ids!)).EnsureSuccess("second dotnet format analyzers");
        Assert.Equal(fixedProgram, await File.ReadAllTextAsync(programPath));
    }

    private static Task<DotnetCli.Result> FormatAsync(ConsumerProject consumer, string[] ids)
        => DotnetCli.RunAsync(
            consumer.Directory,
            TimeSpan.FromMinutes(5),
            ["format", "analyzers", "Consumer.csproj", "--severity", "info", "--diagnostics", .. ids]);
}
