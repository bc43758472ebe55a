using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS8002-FLS8004: ipv6 needs an IPv6-only bundle and the reverse. Either the bundle or the IP address type changes.</summary>
public sealed class Ipv6BundleTests
{
    private const string Template = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, """;

    [Fact]
    public Task Ipv6_on_a_dual_stack_bundle_switches_to_the_ipv6_bundle()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = Bundles.Small3_0, IpAddressType = {|FLS8002:"ipv6"|})]"""),
            CodeFixSources.Template(Template + """Bundle = Bundles.SmallIpv6_3_0, IpAddressType = "ipv6")]"""),
            "Use bundle 'small_ipv6_3_0' (IPv6-only bundle of the same size)");

    [Fact]
    public Task Ipv6_on_a_dual_stack_bundle_can_become_dualstack()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = Bundles.Small3_0, IpAddressType = {|FLS8002:IpAddressTypes.Ipv6|})]"""),
            CodeFixSources.Template(Template + """Bundle = Bundles.Small3_0, IpAddressType = IpAddressTypes.Dualstack)]"""),
            "Use IP address type 'dualstack'");

    [Fact]
    public Task An_inherited_ipv6_type_is_overridden_on_the_template()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [assembly: TemplateDefaults(IpAddressType = IpAddressTypes.Ipv6)]
                [{|FLS8002:InstanceTemplate(Bundle = Bundles.Small3_0)|}] public partial class Web;
                """,
            Sources.Usings + """
                [assembly: TemplateDefaults(IpAddressType = IpAddressTypes.Ipv6)]
                [InstanceTemplate(Bundle = Bundles.Small3_0, IpAddressType = IpAddressTypes.Dualstack)] public partial class Web;
                """,
            "Use IP address type 'dualstack'");

    [Fact]
    public Task Ipv6_in_a_chain_appends_the_ipv6_bundle()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithIpAddressType({|FLS8002:IpAddressType.Ipv6|}).Build();"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithIpAddressType(IpAddressType.Ipv6).WithBundle(Bundles.SmallIpv6_3_0).Build();"""),
            "Use bundle 'small_ipv6_3_0' (IPv6-only bundle of the same size)");

    [Fact]
    public Task Ipv6_in_a_chain_can_become_the_dualstack_constant()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithIpAddressType({|FLS8002:IpAddressType.Ipv6|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithIpAddressType(IpAddressType.Dualstack);"""),
            "Use IP address type 'dualstack'");

    [Fact]
    public Task Ipv4_on_an_ipv6_bundle_switches_to_the_dual_stack_bundle()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = "medium_ipv6_3_0", IpAddressType = {|FLS8003:"ipv4"|})]"""),
            CodeFixSources.Template(Template + """Bundle = "medium_3_0", IpAddressType = "ipv4")]"""),
            "Use bundle 'medium_3_0' (dual-stack bundle of the same size)");

    [Fact]
    public Task Ipv4_on_an_ipv6_bundle_can_become_ipv6()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = "medium_ipv6_3_0", IpAddressType = {|FLS8003:"ipv4"|})]"""),
            CodeFixSources.Template(Template + """Bundle = "medium_ipv6_3_0", IpAddressType = "ipv6")]"""),
            "Use IP address type 'ipv6'");

    [Fact]
    public Task An_ipv6_bundle_without_a_type_gets_ipv6_on_the_template()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = {|FLS8004:"nano_ipv6_3_0"|})]"""),
            CodeFixSources.Template(Template + """Bundle = "nano_ipv6_3_0", IpAddressType = IpAddressTypes.Ipv6)]"""),
            Fix.Mechanical);

    [Fact]
    public Task An_ipv6_bundle_without_a_type_can_become_dual_stack()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = {|FLS8004:"nano_ipv6_3_0"|})]"""),
            CodeFixSources.Template(Template + """Bundle = "nano_3_0")]"""),
            "Use bundle 'nano_3_0' (dual-stack bundle of the same size)");

    [Fact]
    public Task An_ipv6_bundle_in_a_chain_gets_WithIpAddressType_after_it()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle({|FLS8004:Bundles.MicroIpv6_3_0|}).Build();"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle(Bundles.MicroIpv6_3_0).WithIpAddressType(IpAddressType.Ipv6).Build();"""),
            Fix.Mechanical);

    [Fact]
    public Task An_ipv6_bundle_in_a_chain_can_become_dual_stack()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle({|FLS8004:Bundles.MicroIpv6_3_0|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithBundle(Bundles.Micro3_0);"""),
            "Use bundle 'micro_3_0' (dual-stack bundle of the same size)");

    [Fact]
    public Task Each_ipv6_type_can_take_the_ipv6_bundle_of_its_size()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Template + """Bundle = Bundles.Large3_0, IpAddressType = {|FLS8002:"ipv6"|})]""") + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithIpAddressType("dualstack").WithBundle("xlarge_3_0").WithIpAddressType({|FLS8002:"ipv6"|});
                        Web.Named("web-2").WithBundle(Bundles.Nano3_0).WithIpAddressType({|FLS8002:"ipv6"|});
                    }
                }
                """,
            CodeFixSources.Template(Template + """Bundle = Bundles.LargeIpv6_3_0, IpAddressType = "ipv6")]""") + """
                public static class Calls
                {
                    public static void Run()
                    {
                        Web.Named("web-1").WithIpAddressType("dualstack").WithBundle("xlarge_ipv6_3_0").WithIpAddressType("ipv6");
                        Web.Named("web-2").WithBundle(Bundles.NanoIpv6_3_0).WithIpAddressType("ipv6");
                    }
                }
                """,
            "Use bundle '*_ipv6_3_0' (IPv6-only bundle of the same size)");
}
