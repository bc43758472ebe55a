using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS3002/FLS3004: an unknown blueprint or bundle ID becomes the closest known one (by edit distance).</summary>
public sealed class ClosestIdTests
{
    [Fact]
    public Task An_unknown_blueprint_becomes_the_closest_known_one()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = {|FLS3002:"ubuntu_24_4"|}, Bundle = Bundles.Small3_0)]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "ubuntu_24_04", Bundle = Bundles.Small3_0)]"""),
            "FLS3002.UseReplacement");

    [Fact]
    public Task An_unknown_bundle_becomes_the_closest_known_one()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle({|FLS3004:"mediun_3_0"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle("medium_3_0");"""),
            "FLS3004.UseReplacement");

    [Fact]
    public Task Fix_all_replaces_unknown_bundles_in_two_documents()
    {
        var test = new LightsailCodeFixTest<ValueCodeFixProvider>(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = {|FLS3004:"smal_3_0"|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = "small_3_0")]"""),
            "FLS3004.UseReplacement");
        test.TestState.Sources.Add(("Calls.cs", """
            public static class Calls
            {
                public static void Run() => Web.Named("web-1").WithBundle({|FLS3004:"large_3_1"|}).WithBundle({|FLS3004:"nano3_0"|});
            }
            """));
        test.FixedState.Sources.Add(("Calls.cs", """
            public static class Calls
            {
                public static void Run() => Web.Named("web-1").WithBundle("large_3_0").WithBundle("nano_3_0");
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_replaces_unknown_blueprints_on_templates_and_calls()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = {|FLS3002:"debian12"|}, Bundle = Bundles.Small3_0)]""") + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithBlueprint({|FLS3002:"amazon_linux_2024"|});
                }
                """,
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "debian_12", Bundle = Bundles.Small3_0)]""") + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithBlueprint("amazon_linux_2023");
                }
                """,
            "FLS3002.UseReplacement");
}
