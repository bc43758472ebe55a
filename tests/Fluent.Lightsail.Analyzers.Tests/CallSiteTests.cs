using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>Constant arguments of builder methods, judged with the template's values and the rest of the chain.</summary>
public sealed class CallSiteTests
{
    private static Task Verify(string statements, params DiagnosticResult[] expected)
    {
        var test = new LightsailAnalyzerTest(Sources.LinuxWebCalls(statements));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult At(int marker, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor)
        => new DiagnosticResult(descriptor.Id, descriptor.DefaultSeverity).WithLocation(marker);

    [Fact]
    public Task A_bare_region_in_InZone_is_not_a_zone()
        => Verify("""Web.Named("web-1").InZone({|FLS2001:"us-east-2"|});""");

    [Fact]
    public Task A_valid_chain_has_no_diagnostics()
        => Verify("""Web.Named("web-1", "web-2").InZone("eu-west-1b").WithTag("owner", "me").WithAutoSnapshot("06:00").WithIpAddressType("ipv4").Build();""");

    [Fact]
    public Task Windows_blueprint_then_Windows_bundle_is_consistent()
        => Verify("""Web.Named("web-1").WithBlueprint(Blueprints.WindowsServer2022).WithBundle(Bundles.SmallWin3_0);""");

    [Fact]
    public Task Windows_bundle_then_Windows_blueprint_is_consistent()
        => Verify("""Web.Named("web-1").WithBundle("small_win_3_0").WithBlueprint("windows_server_2022");""");

    [Fact]
    public Task A_Windows_blueprint_on_a_Linux_template_is_reported_where_the_chain_made_the_pair_wrong()
        => Verify("""Web.Named("web-1").WithBlueprint({|FLS3005:"windows_server_2022"|});""");

    [Fact]
    public Task Non_constant_arguments_are_left_to_the_run_time_check()
        => Verify("""Web.Named(runtimeValue).InZone(runtimeValue).WithBundle(runtimeValue).WithTag(runtimeValue, runtimeValue).WithAutoSnapshot(runtimeValue);""");

    [Fact]
    public Task Two_WithTag_calls_with_one_key_are_a_duplicate()
        => Verify("""Web.Named("web-1").WithTag("env", "prod").WithTag({|FLS6006:"env"|}, "dev");""");

    [Fact]
    public Task A_key_only_WithTag_uses_the_default_value()
        => Verify("""Web.Named("web-1").WithTag("backup").WithTag({|FLS6004:"aws:backup"|});""");

    [Fact]
    public Task The_IpAddressType_constants_are_recognised()
        => Verify("""Web.Named("web-1").WithIpAddressType({|FLS8002:IpAddressType.Ipv6|});""");

    [Fact]
    public Task Ipv6_with_an_ipv6_bundle_later_in_the_chain_is_fine()
        => Verify("""Web.Named("web-1").WithIpAddressType("ipv6").WithBundle(Bundles.SmallIpv6_3_0);""");

    [Fact]
    public Task An_array_passed_to_Named_is_checked_element_by_element()
        => Verify("""Web.Named(new[] { "web-1", {|FLS1002:"web-"|} });""");

    [Fact]
    public Task Names_written_out_in_Named_are_checked_one_by_one()
        => Verify("""Web.Named("web-1", {|FLS1002:"web-"|}, "web-2", {|FLS1004:"web-1"|});""");

    [Fact]
    public Task A_collection_expression_passed_to_Named_is_checked_element_by_element()
        => Verify("""Web.Named(["web-1", {|FLS1002:"web-"|}]);""");

    [Fact]
    public Task Named_with_no_names_is_reported_at_the_call()
        => Verify("""{|FLS1005:Web.Named()|};""");

    [Fact]
    public Task A_spread_leaves_the_names_to_the_run_time_check()
        => Verify("""Web.Named([.. new[] { "web-" }, "web-"]);""");

    [Fact]
    public async Task Before_CSharp_13_names_written_out_are_checked_the_same_way()
    {
        // The generator writes Named(params string[]) there: the names arrive as an array, not a collection expression.
        var test = new LightsailAnalyzerTest(Sources.LinuxWebCalls("""Web.Named("web-1", {|FLS1002:"web-"|}, {|FLS1004:"web-1"|});""", beforeCSharp13: true));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        await test.RunAsync();
    }

    [Fact]
    public Task Stop_on_idle_at_a_call_is_reported_on_its_first_argument()
        => Verify("""Web.Named("web-1").WithStopInstanceOnIdle({|FLS7004:"5"|}, {|FLS7005:"half an hour"|});""");

    [Fact]
    public Task WithoutAutoSnapshot_removes_the_Windows_conflict()
    {
        var source = Sources.Usings + """
            [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]
            [{|FLS7003:AutoSnapshot("06:00")|}]
            public partial class Win;

            """ + Sources.Stages("Win") + """
            public static class Calls
            {
                public static void Run()
                {
                    Win.Named("win-1").WithoutAutoSnapshot();
                    Win.Named("win-2").WithAutoSnapshot("05:00").WithoutAutoSnapshot();
                }
            }
            """;
        return LightsailAnalyzerTest.VerifyAsync(source);
    }

    [Fact]
    public Task A_call_that_makes_inherited_user_data_wrong_carries_both_findings()
    {
        var source = Sources.Usings + """
            [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
            [UserData("#!/bin/bash\necho hi")]
            public partial class Web;

            """ + Sources.Stages("Web") + """
            public static class Calls
            {
                public static void Run() => Web.Named("web-1").WithBlueprint({|#0:"windows_server_2022"|});
            }
            """;
        var test = new LightsailAnalyzerTest(source);
        test.ExpectedDiagnostics.Add(At(0, DiagnosticDescriptors.PlatformMismatch));
        test.ExpectedDiagnostics.Add(At(0, DiagnosticDescriptors.ShebangOnWindows));
        return test.RunAsync();
    }

    [Fact]
    public Task A_chain_continued_from_a_local_keeps_its_template()
        => Verify("""
            var web = Web.Named("web-1");
            var staged = web.WithTag("owner", "me");
            staged.WithBlueprint({|FLS3005:"windows_server_2022"|});
            """);

    [Fact]
    public Task A_chain_from_a_reassigned_local_or_a_parameter_has_no_template_so_only_member_rules_apply()
    {
        // The limit the builder contract documents: without the template, the cross-field rules are left to Build().
        var source = Sources.Usings + """
            [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
            public partial class Web;

            """ + Sources.Stages("Web") + """
            public static class Calls
            {
                public static void Run(InstanceBuilder given, bool other)
                {
                    given.WithBlueprint("windows_server_2022").InZone({|FLS2001:"us-east-2"|});
                    var web = Web.Named("web-1");
                    if (other) { web = given; }
                    web.WithBlueprint("windows_server_2022");
                }
            }
            """;
        return LightsailAnalyzerTest.VerifyAsync(source);
    }

    [Fact]
    public Task Generated_code_is_not_analyzed()
    {
        var source = "// <auto-generated/>\n" + Sources.LinuxWebCalls("""Web.Named("w").InZone("US-EAST-2A");""");
        return LightsailAnalyzerTest.VerifyAsync(source);
    }

    [Fact]
    public Task Severity_is_configurable_in_editorconfig()
    {
        var test = new LightsailAnalyzerTest(Sources.LinuxWebCalls("""Web.Named("web-1").WithTag("bad#key", "v").WithTag({|FLS6004:"aws:x"|});"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.FLS6003.severity = none\n"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(49, """.WithTag("extra-1").WithTag({|FLS6005:"extra-2"|})""")]
    [InlineData(48, """.WithTag("extra-1").WithTag("extra-2")""")]
    [InlineData(49, """.WithTag("t0", "replaced").WithTag("extra-1")""")]
    [InlineData(49, """.WithTag("extra-1").WithTag(runtimeValue)""")]
    public Task Call_site_tags_count_with_the_template_tags_toward_the_limit_of_50(int templateTags, string chain)
    {
        var tags = string.Concat(Enumerable.Range(0, templateTags).Select(i => $"[Tag(\"t{i}\")]\n"));
        var source = Sources.Usings + """
            [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]

            """ + tags + """
            public partial class Web;

            """ + Sources.Stages("Web") + """
            public static class Calls
            {
                public static void Run(string runtimeValue) => Web.Named("web-1")
            """ + chain + """
            ;
            }
            """;
        return LightsailAnalyzerTest.VerifyAsync(source);
    }
}
