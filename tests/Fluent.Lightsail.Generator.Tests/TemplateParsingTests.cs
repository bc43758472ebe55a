using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>What the first pipeline step captures from a template: its hierarchy and its own values, as data.</summary>
public sealed class TemplateParsingTests
{
    [Fact]
    public void A_nested_hierarchy_is_captured_outermost_first()
    {
        var template = ParseSingle(Templates.Nested);

        Assert.Equal("Acme.Fleet.Nested", template.Type.Namespace);
        Assert.Equal(
            [new TypeDeclarationSpec("public static", "class", "Environments"), new TypeDeclarationSpec("internal", "class", "Staging")],
            template.Type.ContainingTypes);
        Assert.Equal(new TypeDeclarationSpec("public", "class", "Api"), template.Type.Declaration);
    }

    [Theory]
    [InlineData("public partial record Web;", "record")]
    [InlineData("public partial record class Web;", "record class")]
    [InlineData("internal sealed partial class Web;", "class")]
    public void The_declaration_keyword_is_kept_for_redeclaration(string declaration, string keyword)
    {
        var template = ParseSingle("using Fluent.Lightsail; [InstanceTemplate] " + declaration);

        Assert.Equal("", template.Type.Namespace);
        Assert.Equal(keyword, template.Type.Declaration.Keyword);
    }

    [Fact]
    public void Template_values_are_read_as_written()
    {
        var template = ParseSingle(Templates.EveryMember);

        Assert.Equal(
            new TemplateValuesSpec(
                new EquatableArray<string?>(["us-east-2a", Blueprints.Ubuntu24_04, Bundles.SmallIpv6_3_0, "deploy", IpAddressTypes.Ipv6]),
                new EquatableArray<TagSpec>([new TagSpec("role", "web"), new TagSpec("backup", null), new TagSpec("owner", "ops \"team\" <a&b>")]),
                UserData: null,
                UserDataFile: "provision\\web.sh",
                AutoSnapshot: new AutoSnapshotSpec("06:00"),
                StopInstanceOnIdle: new StopInstanceOnIdleSpec("5", "30")),
            template.Values);
    }

    [Fact]
    public void Tags_from_several_partial_declarations_are_all_read()
    {
        const string source = """
            using Fluent.Lightsail;
            namespace Acme;
            [InstanceTemplate, Tag("a", "1")] public partial class Web;
            [Tag("b", "2")] public partial class Web;
            """;

        var template = ParseSingle(source);

        Assert.Equal(["a", "b"], template.Values.Tags.Select(tag => tag.Key));
    }

    [Fact]
    public void Attributes_of_other_namespaces_are_ignored()
    {
        const string source = """
            using Fluent.Lightsail;
            namespace Other { public sealed class TagAttribute(string key, string value) : System.Attribute { } }
            namespace Acme
            {
                [InstanceTemplate, Other.Tag("fake", "1"), Tag("real", "2")] public partial class Web;
            }
            """;

        var template = ParseSingle(source);

        Assert.Equal([new TagSpec("real", "2")], template.Values.Tags);
    }

    private static TemplateSpec ParseSingle(string source)
    {
        // The driver reports no tracked steps for a run that adds no source, so the template's file must be present.
        var script = new InMemoryAdditionalText(Templates.EveryMemberScriptPath, Templates.EveryMemberScript);
        var driver = GeneratorHarness.CreateDriver([script]).RunGenerators(GeneratorHarness.Compile(source));
        var result = driver.GetRunResult().Results.Single();
        var outputs = result.TrackedSteps[TrackingNames.ValidTemplates].SelectMany(run => run.Outputs);
        return (TemplateSpec)Assert.Single(outputs).Value;
    }
}
