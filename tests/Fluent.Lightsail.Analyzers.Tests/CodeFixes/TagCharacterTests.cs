using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS6003: tags allow letters, digits, spaces and + - = . _ : / @. '-' is the mechanical repair; '_' or dropping the characters are choices.</summary>
public sealed class TagCharacterTests
{
    [Fact]
    public Task Invalid_characters_of_a_tag_key_become_hyphens()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """[Tag({|FLS6003:"team#1!"|}, "web")] public class Tagged { }""",
            Sources.Usings + """[Tag("team-1-", "web")] public class Tagged { }""",
            Fix.Mechanical);

    [Fact]
    public Task Invalid_characters_of_a_tag_value_become_underscores()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("owner", {|FLS6003:"a&b*c"|});"""),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("owner", "a_b_c");"""),
            "Replace invalid characters with '_': '*'");

    [Fact]
    public Task Invalid_characters_can_be_removed()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            Sources.Usings + """[assembly: Tag({|FLS6003:"cost<center>"|}, {|FLS6003:"R&D"|})]""",
            Sources.Usings + """[assembly: Tag("costcenter", "RD")]""",
            "Remove invalid characters: '*'");

    [Fact]
    public Task Fix_all_repairs_keys_and_values_in_attributes_and_calls()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""
                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
                [Tag({|FLS6003:"a!"|}, {|FLS6003:"b?"|})]
                [Tag("ok", {|FLS6003:"c;d"|})]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithTag({|FLS6003:"e,f"|}, "g");
                }
                """,
            CodeFixSources.Template("""
                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
                [Tag("a-", "b-")]
                [Tag("ok", "c-d")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithTag("e-f", "g");
                }
                """,
            Fix.Mechanical);

    [Fact]
    public Task A_decomposed_letter_is_normalised_when_that_makes_the_key_valid()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("Web.Named(\"web-1\").WithTag({|FLS6003:\"cafe\\u0301\"|}, \"v\");"),
            CodeFixSources.Calls("Web.Named(\"web-1\").WithTag(\"caf\u00e9\", \"v\");"),
            Fix.Mechanical);
}
