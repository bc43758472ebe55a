using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>Attribute values on templates, on other classes and on the assembly; merging with the assembly defaults.</summary>
public sealed class TemplateTests
{
    [Fact]
    public Task A_valid_template_has_no_diagnostics()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            [assembly: TemplateDefaults(AvailabilityZone = "us-east-2a", KeyPair = "deploy")]
            [assembly: Tag("cost-center", "platform")]

            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
            [Tag("role", "web")]
            [Tag("cost-center", "web-team")]
            [AutoSnapshot("06:00")]
            [UserDataFile("provision/web.sh")]
            public partial class WebServer;

            namespace Nested
            {
                public partial class Outer
                {
                    [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]
                    [UserData("<powershell>Install-WindowsFeature Web-Server</powershell>")]
                    public partial record class WinServer;
                }
            }
            """, ("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"));

    [Fact]
    public Task Tag_attributes_are_checked_on_any_class()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """[Tag({|FLS6003:"a b!"|})] public class NotATemplate { }""");

    [Fact]
    public Task Assembly_tags_with_one_key_are_a_duplicate()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            [assembly: Tag("env", "prod")]
            [assembly: Tag({|FLS6006:"env"|}, "dev")]
            """);

    [Fact]
    public Task A_template_tag_replaces_an_assembly_tag_with_its_key()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            [assembly: Tag("env", "prod")]
            [InstanceTemplate] [Tag("env", "dev")] public partial class Web;
            """);

    [Fact]
    public Task Inherited_values_that_clash_with_the_template_are_reported_on_the_template_attribute()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            [assembly: TemplateDefaults(Bundle = Bundles.SmallWin3_0)]
            [{|FLS3005:InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)|}] public partial class Web;
            """);

    [Fact]
    public Task Fifty_merged_tags_are_fine_and_fifty_one_are_reported_on_the_template()
    {
        var assemblyTags = string.Concat(Enumerable.Range(1, 30).Select(i => $"[assembly: Tag(\"a{i}\")]\n"));
        var templateTags = string.Concat(Enumerable.Range(1, 20).Select(i => $"[Tag(\"t{i}\")] "));
        return LightsailAnalyzerTest.VerifyAsync(Sources.Usings + assemblyTags + $$"""
            [InstanceTemplate] {{templateTags}} public partial class Fifty;
            [InstanceTemplate] {{templateTags}} [Tag("a1", "replaces an assembly tag")] public partial class StillFifty;
            [{|FLS6005:InstanceTemplate|}] {{templateTags}} [Tag("one-more")] public partial class FiftyOne;
            """.Replace("[Tag(\"one-more\")]", "[Tag({|FLS6005:\"one-more\"|})]").Replace("[{|FLS6005:InstanceTemplate|}]", "[InstanceTemplate]"));
    }

    [Fact]
    public Task User_data_from_a_file_is_judged_at_its_path()
        => LightsailAnalyzerTest.VerifyAsync(
            Sources.Usings + """
                [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]
                [UserDataFile({|FLS4003:"provision\\web.sh"|})]
                public partial class Win;
                """,
            ("provision/web.sh", "#!/bin/bash\necho hi\n"));

    [Fact]
    public Task A_missing_user_data_file_is_reported_with_its_path()
        => LightsailAnalyzerTest.VerifyAsync(
            Sources.Usings + """[InstanceTemplate] [UserDataFile({|FLS9007:"provision/web.sh"|})] public partial class Web;""",
            ("other/web.sh", "#!/bin/bash\n"));

    [Fact]
    public Task Nested_templates_need_every_containing_type_partial()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            public partial class Outer { public class Middle { [InstanceTemplate] public partial class {|FLS9005:Inner|} { } } }
            """);

    [Fact]
    public Task Named_arguments_in_any_order_are_located()
        => LightsailAnalyzerTest.VerifyAsync(Sources.Usings + """
            [StopInstanceOnIdle(duration: {|FLS7005:"soon"|}, threshold: "5")]
            public class NotATemplate { }
            """);
}
