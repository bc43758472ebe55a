using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS6006: one value per key on one level. A later tag that repeats an earlier one exactly is removed mechanically (an
/// attribute, or a call of the chain); one with another value is removed only as a choice, since which value stays is a decision.
/// </summary>
public sealed class DuplicateTagTests
{
    private const string Key = Fix.Mechanical;
    private const string Linux = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""";

    [Fact]
    public Task The_later_tag_attribute_is_removed_with_its_line()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Linux + """

                [Tag("env", "prod")]
                [Tag({|FLS6006:"env"|}, "prod")]
                [Tag("role", "web")]
                """),
            CodeFixSources.Template(Linux + """

                [Tag("env", "prod")]
                [Tag("role", "web")]
                """),
            Key);

    [Fact]
    public Task The_later_tag_of_one_attribute_list_is_removed_from_the_list()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            Sources.Usings + """[Tag("env", "prod"), Tag({|FLS6006:"env"|}, "prod")] public class Tagged { }""",
            Sources.Usings + """[Tag("env", "prod")] public class Tagged { }""",
            Key);

    [Fact]
    public Task The_later_WithTag_call_leaves_the_chain()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("env", "prod").WithTag({|FLS6006:"env"|}, "prod").Build();"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("env", "prod").Build();"""),
            Key);

    [Fact]
    public Task A_later_tag_with_another_value_is_removed_only_as_a_choice()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("env", "prod").WithTag({|FLS6006:"env"|}, "dev").Build();"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("env", "prod").Build();"""),
            "Remove the later tag 'env' (the first value stays)");

    [Fact]
    public Task Fix_all_removes_adjacent_calls_of_a_multi_line_chain()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""
                Web.Named("web-1")
                            .WithTag("env", "prod")
                            .WithTag({|FLS6006:"env"|}, "prod")
                            .WithTag({|FLS6006:"env"|}, "prod")
                            .WithTag("role")
                            .Build();
                """),
            CodeFixSources.Calls("""
                Web.Named("web-1")
                            .WithTag("env", "prod")
                            .WithTag("role")
                            .Build();
                """),
            Key);

    [Fact]
    public Task Fix_all_removes_every_later_duplicate_of_templates_and_the_assembly()
        => LightsailCodeFixTest<RemovalCodeFixProvider>.VerifyAsync(
            Sources.Usings + """
                [assembly: Tag("cost-center", "platform")]
                [assembly: Tag({|FLS6006:"cost-center"|}, "platform")]

                """ + CodeFixSources.Template(Linux + """

                [Tag("env", "prod")]
                [Tag({|FLS6006:"env"|}, "prod"), Tag({|FLS6006:"env"|}, "prod")]
                [Tag({|FLS6006:"env"|}, "prod")]
                """).Replace(Sources.Usings, string.Empty),
            Sources.Usings + """
                [assembly: Tag("cost-center", "platform")]

                """ + CodeFixSources.Template(Linux + """

                [Tag("env", "prod")]
                """).Replace(Sources.Usings, string.Empty),
            Key);
}
