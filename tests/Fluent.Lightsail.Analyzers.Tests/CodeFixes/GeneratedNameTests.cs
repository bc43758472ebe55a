using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// FLS9008: a template's own member under a name the generator adds is reported where the user wrote it (the generator
/// then emits nothing, so no CS0102/CS0111 points into generated code), and the fix renames it with its references.
/// </summary>
public sealed class GeneratedNameTests
{
    private const string RenameMember = "Rename '*' to '*'";

    private const string Template = """
        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        """;

    [Fact]
    public async Task A_nested_LightsailTemplateValues_type_and_a_Named_string_method_are_reported_and_the_build_has_no_compiler_error()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Sources.Usings + Template + """
            public partial class Web
            {
                public sealed class LightsailTemplateValues { }
                public static Web Named(string name) => new Web();
                public static Web Named(int count) => new Web();
            }
            """);

        Assert.Empty(run.CompilerErrors);
        var reported = run.AnalyzerDiagnostics.Where(d => d.Id == "FLS9008").ToList();
        Assert.Equal(2, reported.Count);
        Assert.Equal(DiagnosticSeverity.Error, reported[0].Severity);
        var values = Assert.Single(reported, d => d.GetMessage().Contains("declares 'LightsailTemplateValues'"));
        Assert.Equal(
            "Template 'Web' declares 'LightsailTemplateValues', a name the generator adds for the class that holds the template's values, so no builder is generated for it (builder contract). Use another name for the member, such as 'LightsailTemplateValuesCustom'.",
            values.GetMessage());
        Assert.Equal("LightsailTemplateValuesCustom", values.Properties["Replacement"]);
        Assert.Contains(reported, d => d.GetMessage().Contains("declares 'Named'") && d.Properties["Replacement"] == "NamedCustom");
    }

    [Theory]
    [InlineData("public static int Named;")]
    [InlineData("public static Web Named(params string[] names) => new Web();")]
    [InlineData("public static Web Named(System.Collections.Generic.IEnumerable<string> names) => new Web();")]
    [InlineData("private static class LightsailTemplateValues { }")]
    [InlineData("public int LightsailTemplateValues => 1;")]
    public async Task Every_name_the_generator_adds_is_reported(string member)
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Sources.Usings + Template + "public partial class Web { " + member + " }\n");

        Assert.Empty(run.CompilerErrors);
        Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "FLS9008");
    }

    // Names the generator does not add: other Named overloads, and the steps' names, which are the runtime's.
    [Theory]
    [InlineData("public static Web Named(int count) => new Web();")]
    [InlineData("public static Web Named<T>(string name) => new Web();")]
    [InlineData("public sealed class Builder { }")]
    [InlineData("public sealed class NeedsAvailabilityZone { }")]
    [InlineData("public int NeedsBundle => 1;")]
    public async Task Other_members_are_not_a_clash(string member)
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Sources.Usings + Template + "public partial class Web { " + member + " }\n");

        Assert.Empty(run.CompilerErrors);
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id == "FLS9008");
    }

    [Fact]
    public async Task Members_inherited_from_a_base_template_are_not_a_clash()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Sources.Usings + Template + """
            public partial class Base;
            [InstanceTemplate(KeyPair = "deploy")]
            public partial class Derived : Base;
            """);

        Assert.Empty(run.CompilerErrors);
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Id == "FLS9008");
    }

    [Fact]
    public Task The_fix_renames_the_member_and_its_references()
        => LightsailCodeFixTest<GeneratedNameCodeFixProvider>.VerifyAsync(
            Sources.Usings + Template + """
                public partial class Web
                {
                    public sealed class {|FLS9008:LightsailTemplateValues|} { }
                    public static LightsailTemplateValues Make() => new LightsailTemplateValues();
                }
                """,
            Sources.Usings + Template + """
                public partial class Web
                {
                    public sealed class LightsailTemplateValuesCustom { }
                    public static LightsailTemplateValuesCustom Make() => new LightsailTemplateValuesCustom();
                }
                """,
            RenameMember);

    [Fact]
    public Task The_fix_picks_a_free_name()
        => LightsailCodeFixTest<GeneratedNameCodeFixProvider>.VerifyAsync(
            Sources.Usings + Template + """
                public partial class Web
                {
                    public static Web {|FLS9008:Named|}(string name) => new Web();
                    public static Web NamedCustom(int count) => Named("x");
                }
                """,
            Sources.Usings + Template + """
                public partial class Web
                {
                    public static Web NamedCustom2(string name) => new Web();
                    public static Web NamedCustom(int count) => NamedCustom2("x");
                }
                """,
            RenameMember);

    [Fact]
    public Task Each_clash_is_renamed_on_its_own_and_never_by_Fix_All()
        => LightsailCodeFixTest<GeneratedNameCodeFixProvider>.VerifyAsync(
            Sources.Usings + Template + """
                public partial class Web
                {
                    public struct {|FLS9008:LightsailTemplateValues|} { }
                    public static Web {|FLS9008:Named|}(string name) => new Web();
                }
                """,
            Sources.Usings + Template + """
                public partial class Web
                {
                    public struct LightsailTemplateValuesCustom { }
                    public static Web NamedCustom(string name) => new Web();
                }
                """,
            RenameMember);
}
