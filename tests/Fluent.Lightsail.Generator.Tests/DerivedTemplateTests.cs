using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// A template deriving from another template (a natural way to share settings) gets <c>new</c> exactly where its
/// generated members hide the base's, so a build with warnings as errors passes; a template that declares a name the
/// generator adds gets nothing generated (the analyzers report FLS9008), so no error points into generated code.
/// </summary>
public sealed class DerivedTemplateTests
{
    // Internal types: the harness compiles with documentation comments on, and public user types would need them.
    private const string Usings = "using Fluent.Lightsail;\nnamespace Acme;\n";

    [Theory]
    [InlineData("both fix every required member", """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""", """[InstanceTemplate(KeyPair = "deploy", AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""")]
    [InlineData("both need every stage", "[InstanceTemplate]", """[InstanceTemplate(KeyPair = "deploy")]""")]
    [InlineData("only the base has stages", "[InstanceTemplate]", """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""")]
    [InlineData("only the derived template has stages", """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""", "[InstanceTemplate]")]
    public void A_template_deriving_from_a_template_compiles_with_warnings_as_errors(string shape, string baseAttribute, string derivedAttribute)
    {
        var outcome = GeneratorHarness.Run(
            [Usings + baseAttribute + "\ninternal partial class Base;\n" + derivedAttribute + "\ninternal partial class Derived : Base;\n"]);

        Assert.Equal(2, outcome.GeneratedSources.Length);
        AssertNoWarningOrError(outcome, shape);
        var derived = outcome.Source("Acme.Derived.g.cs");
        Assert.Contains("public static new ", derived);
        var baseSource = outcome.Source("Acme.Base.g.cs");
        Assert.DoesNotContain("static new ", baseSource);
    }

    [Theory]
    [InlineData("[InstanceTemplate]", "[InstanceTemplate]")]
    [InlineData("[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)]", "[InstanceTemplate]")]
    [InlineData("[InstanceTemplate]", "[InstanceTemplate(Bundle = Bundles.Small3_0)]")]
    public void A_derived_templates_steps_follow_its_own_values_and_the_assembly_defaults(string baseAttribute, string derivedAttribute)
    {
        // The zone comes from the assembly, so no chain asks for it; the steps are the runtime's, so a derived template
        // hides nothing but Named, whichever steps either template needs.
        var outcome = GeneratorHarness.Run(
            ["using Fluent.Lightsail;\n[assembly: TemplateDefaults(AvailabilityZone = \"us-east-2a\")]\nnamespace Acme;\n" +
             baseAttribute + "\ninternal partial class Base;\n" + derivedAttribute + "\ninternal partial class Derived : Base;\n"]);

        Assert.Equal(2, outcome.GeneratedSources.Length);
        var derived = outcome.Source("Acme.Derived.g.cs");
        Assert.DoesNotContain("AvailabilityZone", derived.Substring(derived.IndexOf("Named(", StringComparison.Ordinal)));
        Assert.Contains(derivedAttribute.Contains("Bundle", StringComparison.Ordinal) ? "Steps.NeedsBlueprint Named(" : "Steps.NeedsBlueprintAndBundle Named(", derived);
        AssertNoWarningOrError(outcome, baseAttribute + " " + derivedAttribute);
    }

    [Fact]
    public void Only_the_members_that_hide_something_are_new()
    {
        // A plain base class with one of the three Named signatures, and nested types named like steps: the steps are
        // the runtime's now, so those hide nothing.
        var outcome = GeneratorHarness.Run(
            [Usings + """
                internal class Plain
                {
                    public static object Named(string instanceName) => instanceName;
                    public static object Named(int count) => count;
                    public class NeedsBundle { }
                    private class Ready { }
                }

                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04)]
                internal partial class Web : Plain;
                """]);

        AssertNoWarningOrError(outcome, "plain base");
        var source = outcome.Source("Acme.Web.g.cs");
        Assert.Contains("public static new global::Fluent.Lightsail.Steps.NeedsBundle Named(string instanceName)", source);
        Assert.Contains("public static global::Fluent.Lightsail.Steps.NeedsBundle Named(params global::System.Collections.Generic.IEnumerable<string> instanceNames)", source);
        Assert.DoesNotContain("struct", source);
    }

    [Fact]
    public void A_derived_chain_builds_its_own_request()
    {
        var outcome = GeneratorHarness.Run(
            [Usings + """
                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
                internal partial class Base;
                [InstanceTemplate(KeyPair = "deploy")]
                internal partial class Derived : Base;

                internal static class Use
                {
                    public static Fluent.Lightsail.Model.CreateInstancesRequest Run()
                        => Derived.Named("web-1").InZone("us-east-2b").WithBlueprint(Blueprints.Ubuntu24_04).WithBundle(Bundles.Small3_0).Build();

                    public static Fluent.Lightsail.Model.CreateInstancesRequest RunBase() => Base.Named("web-2").Build();
                }
                """]);

        AssertNoWarningOrError(outcome, "chains");
    }

    [Theory]
    [InlineData("Named(string) method", "public static Web Named(string name) => new Web();")]
    [InlineData("Named field", "public static int Named;")]
    [InlineData("LightsailTemplateValues class", "private static class LightsailTemplateValues { }")]
    public void A_template_that_took_a_generated_name_gets_nothing_generated_and_no_error(string shape, string member)
    {
        var outcome = GeneratorHarness.Run(
            [Usings + "[InstanceTemplate(AvailabilityZone = \"us-east-2a\", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]\n" +
             "internal partial class Web { " + member + " }\n"]);

        Assert.True(outcome.GeneratedSources.IsEmpty, shape);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.Errors);
    }

    [Theory]
    [InlineData("public sealed class Ready { }")]
    [InlineData("private static class InstanceBuilder { }")]
    [InlineData("public sealed class NeedsAvailabilityZone { }")]
    [InlineData("public int NeedsBlueprint => 0;")]
    public void The_stages_are_the_runtimes_so_their_old_names_are_free(string member)
    {
        var outcome = GeneratorHarness.Run(
            [Usings + "[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)]\n" +
             "internal partial class Web { " + member + " }\n" +
             "internal static class Use { public static Fluent.Lightsail.Model.CreateInstancesRequest Run() => " +
             "Web.Named(\"web-1\").InZone(\"us-east-2a\").WithBundle(Bundles.Small3_0).Build(); }\n"]);

        Assert.Single(outcome.GeneratedSources);
        AssertNoWarningOrError(outcome, member);
    }

    [Fact]
    public void A_Named_overload_with_other_parameters_is_not_a_clash()
    {
        var outcome = GeneratorHarness.Run(
            [Usings + """
                [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
                internal partial class Web { public static Web Named(int count) => new Web(); }
                """]);

        Assert.Single(outcome.GeneratedSources);
        AssertNoWarningOrError(outcome, "Named(int)");
    }

    private static void AssertNoWarningOrError(GeneratorOutcome outcome, string shape)
    {
        // As <TreatWarningsAsErrors>: every warning is an error, but for the two the .NET SDK turns off by default
        // (<NoWarn>1701;1702</NoWarn>: reference assembly version unification, here the runtime's 8.0 against 10.0).
        var options = outcome.Output.Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });
        var strict = outcome.Output.WithOptions(options);
        var problems = strict.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, shape + ": " + string.Join("\n", problems));
    }
}
