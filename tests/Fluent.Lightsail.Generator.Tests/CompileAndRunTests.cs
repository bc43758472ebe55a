using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// Runs generated builders: each test compiles a template and a probe that builds a request, runs it, and checks the
/// request member by member against the values the test's template declares.
/// </summary>
public sealed class CompileAndRunTests
{
    private const string Zone = "us-east-2a";
    private const string KeyPair = "deploy";
    private const string SnapshotTime = "06:00";
    private const string IdleThreshold = "5";
    private const string IdleDuration = "30";
    private const string ScriptPath = "provision/web.sh";
    private const string Script = "#!/bin/bash\necho \"héllo\\world\" > /tmp/state\n";

    // Every member set, plus assembly tags: one of them ("role") is overridden by the template.
    private const string EveryMemberSource = $$"""
        using Fluent.Lightsail;

        [assembly: Tag("cost-center", "platform")]
        [assembly: Tag("role", "generic")]

        namespace Acme.Fleet;

        [InstanceTemplate(AvailabilityZone = "{{Zone}}", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.SmallIpv6_3_0,
                          KeyPair = "{{KeyPair}}", IpAddressType = IpAddressTypes.Ipv6)]
        [Tag("role", "web")]
        [Tag("backup")]
        [AutoSnapshot("{{SnapshotTime}}")]
        [StopInstanceOnIdle("{{IdleThreshold}}", "{{IdleDuration}}")]
        [UserDataFile("{{ScriptPath}}")]
        public partial class WebServer;
        """;

    private static readonly InMemoryAdditionalText ScriptFile = new("/project/" + ScriptPath, Script);

    [Fact]
    public void Template_values_reach_the_request()
    {
        var request = ProbeRunner.RunToJson([EveryMemberSource], """Acme.Fleet.WebServer.Named("web-1", "web-2").Build().ToJson()""", [ScriptFile]);

        Assert.Equal(["web-1", "web-2"], request.Names());
        Assert.Equal(Zone, request.String("availabilityZone"));
        Assert.Equal(Blueprints.Ubuntu24_04, request.String("blueprintId"));
        Assert.Equal(Bundles.SmallIpv6_3_0, request.String("bundleId"));
        Assert.Equal(KeyPair, request.String("keyPairName"));
        Assert.Equal(Script, request.String("userData"));
        Assert.Equal(IpAddressTypes.Ipv6, request.String("ipAddressType"));

        // Assembly tags the template does not override come first, then the template's in declaration order.
        Assert.Equal([("cost-center", "platform"), ("role", "web"), ("backup", null)], request.Tags());

        var addOns = request.AddOns();
        Assert.Equal(2, addOns.Length);
        Assert.Equal("AutoSnapshot", addOns[0].String("addOnType"));
        Assert.Equal(SnapshotTime, addOns[0].GetProperty("autoSnapshotAddOnRequest").String("snapshotTimeOfDay"));
        Assert.Equal("StopInstanceOnIdle", addOns[1].String("addOnType"));
        Assert.Equal(IdleThreshold, addOns[1].GetProperty("stopInstanceOnIdleRequest").String("threshold"));
        Assert.Equal(IdleDuration, addOns[1].GetProperty("stopInstanceOnIdleRequest").String("duration"));
    }

    [Fact]
    public void Calls_override_every_template_value()
    {
        const string probe = """
            Acme.Fleet.WebServer.Named(new System.Collections.Generic.List<string> { "api-1" })
                .InZone("eu-west-1b")
                .WithBlueprint(Fluent.Lightsail.Blueprints.Debian12)
                .WithBundle(Fluent.Lightsail.Bundles.Micro3_0)
                .WithKeyPair("other-key")
                .WithTag("role", "api")
                .WithTag("extra", "1")
                .WithUserData("echo hi")
                .WithoutAutoSnapshot()
                .WithoutStopInstanceOnIdle()
                .WithIpAddressType("dualstack")
                .Build().ToJson()
            """;

        var request = ProbeRunner.RunToJson([EveryMemberSource], probe, [ScriptFile]);

        Assert.Equal(["api-1"], request.Names());
        Assert.Equal("eu-west-1b", request.String("availabilityZone"));
        Assert.Equal(Blueprints.Debian12, request.String("blueprintId"));
        Assert.Equal(Bundles.Micro3_0, request.String("bundleId"));
        Assert.Equal("other-key", request.String("keyPairName"));
        Assert.Equal("echo hi", request.String("userData"));
        Assert.Equal("dualstack", request.String("ipAddressType"));

        // A call-site tag replaces the inherited tag with its key; the others stay in place.
        Assert.Equal([("cost-center", "platform"), ("backup", null), ("role", "api"), ("extra", "1")], request.Tags());
        Assert.Empty(request.AddOns());
    }

    [Fact]
    public void Calls_can_enable_add_ons_the_template_lacks()
    {
        var request = ProbeRunner.RunToJson(
            Templates.Minimal,
            """
            Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0")
                .WithAutoSnapshot("23:00").WithStopInstanceOnIdle("10", "60").Build().ToJson()
            """);

        var addOns = request.AddOns();
        Assert.Equal(["AutoSnapshot", "StopInstanceOnIdle"], addOns.Select(addOn => addOn.String("addOnType")));
        Assert.Equal("23:00", addOns[0].GetProperty("autoSnapshotAddOnRequest").String("snapshotTimeOfDay"));
        Assert.Equal("10", addOns[1].GetProperty("stopInstanceOnIdleRequest").String("threshold"));
        Assert.Equal("60", addOns[1].GetProperty("stopInstanceOnIdleRequest").String("duration"));
    }

    [Fact]
    public void Required_stages_supply_the_members_the_template_leaves_open()
    {
        var request = ProbeRunner.RunToJson(
            Templates.Minimal,
            """Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0").Build().ToJson()""");

        Assert.Equal(["dev-1"], request.Names());
        Assert.Equal("eu-west-1a", request.String("availabilityZone"));
        Assert.Equal("debian_12", request.String("blueprintId"));
        Assert.Equal("nano_3_0", request.String("bundleId"));

        // The minimal template sets nothing else, so nothing else is sent.
        foreach (var member in new[] { "keyPairName", "userData", "tags", "addOns", "ipAddressType" })
        {
            Assert.False(request.Has(member), member);
        }
    }

    [Fact]
    public void Assembly_defaults_fill_what_the_template_leaves_open()
    {
        // Templates.AssemblyDefaults: zone, blueprint, key pair, IP type and three tags on the assembly; the template
        // sets the bundle and overrides the "role" tag.
        var request = ProbeRunner.RunToJson(Templates.AssemblyDefaults, """Acme.Fleet.Worker.Named("worker-1").Build().ToJson()""");

        Assert.Equal("eu-west-1a", request.String("availabilityZone"));
        Assert.Equal(Blueprints.Debian12, request.String("blueprintId"));
        Assert.Equal(Bundles.Micro3_0, request.String("bundleId"));
        Assert.Equal("org-key", request.String("keyPairName"));
        Assert.Equal("dualstack", request.String("ipAddressType"));
        Assert.Equal([("cost-center", "platform"), ("team", "infra"), ("role", "worker"), ("queue", "jobs")], request.Tags());
    }

    [Fact]
    public void A_nested_template_builds()
    {
        var request = ProbeRunner.RunToJson(
            Templates.Nested,
            """Acme.Fleet.Nested.Environments.Staging.Api.Named("api-1").InZone("ap-south-1a").Build().ToJson()""");

        Assert.Equal("ap-south-1a", request.String("availabilityZone"));
        Assert.Equal(Blueprints.AmazonLinux2023, request.String("blueprintId"));
        Assert.Equal(Bundles.Nano3_0, request.String("bundleId"));
    }

    [Fact]
    public void A_record_template_builds_with_its_inline_script()
    {
        var request = ProbeRunner.RunToJson(Templates.Record, """BatchRunner.Named("batch-1").Build().ToJson()""");

        Assert.Equal("us-west-2b", request.String("availabilityZone"));
        Assert.Equal("#!/bin/sh\necho hi", request.String("userData"));
    }

    [Fact]
    public void A_user_data_file_resolves_against_the_project_folder_first()
    {
        // Two items end with the same path; the one inside the project folder is the template's file.
        var elsewhere = new InMemoryAdditionalText("/shared/" + ScriptPath, "#!/bin/sh\necho elsewhere\n");
        var inProject = new InMemoryAdditionalText("/repo/app/" + ScriptPath, "#!/bin/sh\necho in-project\n");

        var request = ProbeRunner.RunToJson(
            [EveryMemberSource],
            """Acme.Fleet.WebServer.Named("web-1").Build().ToJson()""",
            [elsewhere, inProject],
            projectDirectory: "/repo/app/");

        Assert.Equal("#!/bin/sh\necho in-project\n", request.String("userData"));
    }

    [Fact]
    public void Keyword_names_are_escaped()
    {
        const string source = """
            using Fluent.Lightsail;

            namespace Acme.@event;

            [InstanceTemplate(AvailabilityZone = "us-east-1a", Blueprint = "debian_12", Bundle = "nano_3_0")]
            public partial class @object;
            """;

        var request = ProbeRunner.RunToJson(source, """Acme.@event.@object.Named("kw-1").Build().ToJson()""");

        Assert.Equal(["kw-1"], request.Names());
    }
}
