using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS3005: a bundle must match its blueprint's platform. Choices: the same size in the blueprint's family, or a blueprint
/// of the bundle's platform; no Fix All applies either.
/// </summary>
public sealed class PlatformBundleTests
{
    private const string Key = "Use '*' (* bundle of the same size)";

    [Fact]
    public Task A_catalogue_constant_becomes_the_Windows_constant_of_the_same_size()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = {|FLS3005:Bundles.Small3_0|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]"""),
            Key);

    [Fact]
    public Task A_literal_stays_a_literal()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "ubuntu_22_04", Bundle = {|FLS3005:"medium_win_3_0"|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "ubuntu_22_04", Bundle = "medium_3_0")]"""),
            Key);

    [Fact]
    public Task A_user_constant_is_fixed_where_it_is_declared()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2019, Bundle = {|FLS3005:Ids.Bundle|})]""")
                + "public static class Ids { public const string Bundle = \"large_3_0\"; }\n",
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2019, Bundle = Ids.Bundle)]""")
                + "public static class Ids { public const string Bundle = \"large_win_3_0\"; }\n",
            Key);

    [Fact]
    public Task An_inherited_bundle_is_overridden_on_the_template()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [assembly: TemplateDefaults(Bundle = Bundles.SmallWin3_0)]
                [{|FLS3005:InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)|}] public partial class Web;
                """,
            Sources.Usings + """
                [assembly: TemplateDefaults(Bundle = Bundles.SmallWin3_0)]
                [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] public partial class Web;
                """,
            Key);

    [Fact]
    public Task An_inherited_bundle_is_overridden_on_a_template_attribute_without_arguments()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [assembly: TemplateDefaults(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.Nano3_0)]
                [{|FLS3005:InstanceTemplate|}] public partial class Win;
                """,
            Sources.Usings + """
                [assembly: TemplateDefaults(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.Nano3_0)]
                [InstanceTemplate(Bundle = Bundles.NanoWin3_0)] public partial class Win;
                """,
            Key);

    [Fact]
    public Task A_Windows_blueprint_in_a_chain_gets_a_Windows_bundle_after_it()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBlueprint({|FLS3005:"windows_server_2022"|}).Build();"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBlueprint("windows_server_2022").WithBundle(Bundles.SmallWin3_0).Build();"""),
            Key);

    [Fact]
    public Task A_bundle_in_the_chain_is_replaced_where_it_is_written()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle({|FLS3005:"xlarge_win_3_0"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle("xlarge_3_0");"""),
            Key);

    [Fact]
    public Task Each_template_and_call_can_take_its_blueprints_family()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""
                Web.Named("web-1").WithBundle({|FLS3005:Bundles.NanoWin3_0|});
                        Win.Named("win-1").WithBundle({|FLS3005:Bundles.Nano3_0|});
                """) + """

                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2016, Bundle = {|FLS3005:Bundles.Micro3_0|})]
                public partial class Win;

                """ + Sources.Stages("Win"),
            CodeFixSources.Calls("""
                Web.Named("web-1").WithBundle(Bundles.Nano3_0);
                        Win.Named("win-1").WithBundle(Bundles.NanoWin3_0);
                """) + """

                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2016, Bundle = Bundles.MicroWin3_0)]
                public partial class Win;

                """ + Sources.Stages("Win"),
            Key);

    [Fact]
    public Task The_blueprint_can_follow_the_bundle_instead()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Debian12, Bundle = {|FLS3005:Bundles.MediumWin3_0|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.MediumWin3_0)]"""),
            "Use blueprint '*' (*, like bundle '*')");

    [Fact]
    public Task A_Windows_blueprint_can_give_way_to_Ubuntu_for_a_Linux_bundle()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "windows_server_2019", Bundle = {|FLS3005:"large_3_0"|})]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "ubuntu_24_04", Bundle = "large_3_0")]"""),
            "Use blueprint '*' (*, like bundle '*')");
}
