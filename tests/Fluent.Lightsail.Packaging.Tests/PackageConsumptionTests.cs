using System.Text.Json;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>What a new user does: add the package, annotate a class, call the builder, run.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumptionTests(PackageFixture package)
{
    [Fact]
    public async Task A_fresh_console_project_builds_and_runs_a_generated_builder()
    {
        const string program = """
            using Fluent.Lightsail;

            var request = WebServer.Named("web-1", "web-2").InZone("eu-west-1b").WithTag("owner", "ann").Build();
            Console.WriteLine(request.ToJson());

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
            [Tag("role", "web")]
            [UserDataFile("provision/web.sh")]
            public partial class WebServer;
            """;
        var files = new Dictionary<string, string> { ["provision/web.sh"] = "#!/bin/bash\napt-get install -y nginx\n" };
        using var consumer = ConsumerProject.Create(package, program, files, """<ItemGroup><AdditionalFiles Include="provision/web.sh" /></ItemGroup>""");

        (await consumer.BuildAsync()).EnsureSuccess("dotnet build of the consumer");
        var run = (await consumer.RunAsync()).EnsureSuccess("dotnet run of the consumer");

        using var json = JsonDocument.Parse(run.Output.Trim().Split('\n').Last());
        var root = json.RootElement;
        Assert.Equal(["web-1", "web-2"], root.GetProperty("instanceNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("eu-west-1b", root.GetProperty("availabilityZone").GetString());
        Assert.Equal("ubuntu_24_04", root.GetProperty("blueprintId").GetString());
        Assert.Equal("small_3_0", root.GetProperty("bundleId").GetString());
        Assert.Equal(files["provision/web.sh"], root.GetProperty("userData").GetString());
        Assert.Equal(
            [("role", "web"), ("owner", "ann")],
            root.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("key").GetString(), t.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task A_chain_without_its_zone_does_not_compile()
    {
        const string program = """
            using Fluent.Lightsail;

            var request = DevBox.Named("dev-1").Build();

            [InstanceTemplate(Blueprint = Blueprints.Debian12, Bundle = Bundles.Micro3_0)]
            public partial class DevBox;
            """;
        using var consumer = ConsumerProject.Create(package, program);

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS1061", build.Output, StringComparison.Ordinal);
        Assert.Contains("'Build'", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_packaged_analyzers_report_lightsail_rules_on_dotnet_build()
    {
        const string program = """
            using Fluent.Lightsail;

            var request = WebServer.Named("web-1").WithTag("owner", "ann#1").Build();

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = "small_3_O", AvailabilityZone = "us-east-2a")]
            [AutoSnapshot("6:30")]
            public partial class WebServer;
            """;
        using var consumer = ConsumerProject.Create(package, program);

        var build = await consumer.BuildAsync();

        // Errors fail the build; each names its rule at the offending literal (file and line).
        Assert.NotEqual(0, build.ExitCode);
        AssertReported(@"Program\.cs\(6,15\): error FLS7001", build.Output);
        AssertReported(@"Program\.cs\(3,57\): error FLS6003", build.Output);
        // An unknown bundle is only a warning, naming the closest known one.
        AssertReported(@"Program\.cs\(5,64\): warning FLS3004: .*'small_3_0'", build.Output);
    }

    private static void AssertReported(string pattern, string buildOutput)
    {
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(buildOutput, pattern), $"'{pattern}' not in the build output:\n{buildOutput}");
    }
}
