using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS3002/FLS3004: an unknown blueprint or bundle ID can become the closest known one (by edit distance). A guess, so a
/// choice: offered by name, never applied by Fix All.
/// </summary>
public sealed class ClosestIdTests
{
    [Fact]
    public Task An_unknown_blueprint_becomes_the_closest_known_one()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = {|FLS3002:"ubuntu_24_4"|}, Bundle = Bundles.Small3_0)]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "ubuntu_24_04", Bundle = Bundles.Small3_0)]"""),
            "Use 'ubuntu_24_04' (closest known blueprint)");

    [Fact]
    public Task An_unknown_bundle_becomes_the_closest_known_one()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle({|FLS3004:"mediun_3_0"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle("medium_3_0");"""),
            "Use 'medium_3_0' (closest known bundle)");

    [Fact]
    public Task Unknown_bundles_in_two_documents_each_take_their_choice()
    {
        var test = new LightsailCodeFixTest<ValueCodeFixProvider>(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = {|FLS3004:"smal_3_0"|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = "small_3_0")]"""),
            Fix.Mechanical);
        test.PickChoice("Use '*' (closest known bundle)", 0);
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
    public Task Unknown_blueprints_on_templates_and_calls_each_take_their_choice()
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
            "Use '*' (closest known blueprint)");
}
