using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>Fixes on chains of the real generated builder: calls are found, removed and added on the generated stages.</summary>
public sealed class GeneratedBuilderFixTests
{
    private const string Template = Sources.Usings + """
        namespace Acme;

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        [AutoSnapshot("06:00")]
        public partial class WebServer;

        public static class Calls
        {
            public static object Run() =>
        """;

    private static Task Verify<TCodeFix>(string chain, string fixedChain, string equivalenceKey)
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var source = Template + " " + chain + ";\n}\n";
        var fixedSource = Template + " " + fixedChain + ";\n}\n";
        var test = new LightsailCodeFixTest<TCodeFix>(source, fixedSource, equivalenceKey);
        if (equivalenceKey != Fix.Mechanical)
        {
            // Each choice below is the first action of its diagnostic.
            test.PickChoice(equivalenceKey, 0);
        }

        test.TestState.Sources.AddRange(GeneratedBuilder.For(source).Select(file => (file.Path, Microsoft.CodeAnalysis.Text.SourceText.From(file.Text))));
        test.FixedState.Sources.AddRange(GeneratedBuilder.For(fixedSource).Select(file => (file.Path, Microsoft.CodeAnalysis.Text.SourceText.From(file.Text))));
        return test.RunAsync();
    }

    // The template's AutoSnapshot stays wrong for Windows (FLS7003, another fix); it moves to the chain's last related call.
    [Fact]
    public Task A_Windows_blueprint_gets_a_Windows_bundle_after_it()
        => Verify<ValueCodeFixProvider>(
            """WebServer.Named("web-1").WithBlueprint({|FLS3005:{|FLS7003:Blueprints.WindowsServer2022|}|}).Build()""",
            """WebServer.Named("web-1").WithBlueprint(Blueprints.WindowsServer2022).WithBundle({|FLS7003:Bundles.SmallWin3_0|}).Build()""",
            "Use 'small_win_3_0' (Windows bundle of the same size)");

    [Fact]
    public Task AutoSnapshot_is_switched_off_on_the_generated_stage()
        => Verify<RemovalCodeFixProvider>(
            """WebServer.Named("web-1").WithBlueprint("windows_server_2022").WithBundle({|FLS7003:"small_win_3_0"|}).Build()""",
            """WebServer.Named("web-1").WithBlueprint("windows_server_2022").WithBundle("small_win_3_0").WithoutAutoSnapshot().Build()""",
            "Remove AutoSnapshot (Windows instances have no automatic snapshots)");

    [Fact]
    public Task A_duplicate_tag_call_leaves_the_generated_chain()
        => Verify<RemovalCodeFixProvider>(
            """WebServer.Named("web-1").WithTag("env", "a").WithTag({|FLS6006:"env"|}, "b").Build()""",
            """WebServer.Named("web-1").WithTag("env", "a").Build()""",
            "Remove the later tag 'env' (the first value stays)");

    [Fact]
    public Task An_ipv6_bundle_gets_the_ipv6_type_on_the_generated_stage()
        => Verify<ValueCodeFixProvider>(
            """WebServer.Named("web-1").WithBundle({|FLS8004:Bundles.NanoIpv6_3_0|})""",
            """WebServer.Named("web-1").WithBundle(Bundles.NanoIpv6_3_0).WithIpAddressType(IpAddressType.Ipv6)""",
            Fix.Mechanical);
}
