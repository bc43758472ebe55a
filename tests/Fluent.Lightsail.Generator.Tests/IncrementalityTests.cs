using System.Collections;
using System.Reflection;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// Runs the generator twice with one edit in between (as an IDE does on each keystroke) and checks what each named
/// step did: an unrelated edit must reuse everything, and a template edit must re-emit that template only.
/// </summary>
public sealed class IncrementalityTests
{
    private const int TemplateCount = 10;

    private static readonly string[] StepNames =
    [
        .. typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    private static readonly InMemoryAdditionalText ScriptFile = new("/project/provision/t0.sh", "#!/bin/sh\necho t0\n");
    private static readonly InMemoryAdditionalText UnrelatedFile = new("/project/appsettings.json", "{}");

    [Fact]
    public void Every_named_step_runs()
    {
        var (driver, _) = FirstRun();

        var tracked = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(StepNames, name => Assert.True(tracked.ContainsKey(name), name));
        Assert.Equal(TemplateCount, driver.GetRunResult().GeneratedTrees.Length);
    }

    [Fact]
    public void Adding_an_unrelated_file_reuses_every_step()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(Parse("namespace Acme.Other; public static class Helpers { public static int Two() => 2; }", "/project/Helpers.cs"));
        driver = driver.RunGenerators(edited);

        AssertNothingRegenerated(driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_a_method_body_elsewhere_reuses_every_step()
    {
        var helpers = Parse("namespace Acme.Other; public static class Helpers { public static int Two() => 2; }", "/project/Helpers.cs");
        var (driver, compilation) = FirstRun(helpers);

        var edited = compilation.ReplaceSyntaxTree(helpers, helpers.WithChangedText(SourceText.From(
            "namespace Acme.Other; public static class Helpers { public static int Two() { return 1 + 1; } }")));
        driver = driver.RunGenerators(edited);

        AssertNothingRegenerated(driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_a_template_file_without_changing_the_template_reuses_its_output()
    {
        var (driver, compilation) = FirstRun();
        var tree = TemplateTree(compilation, 3);

        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("// a comment\n" + tree.GetText())));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(RegeneratedFiles(result));
        AssertNothingRegenerated(result);
    }

    [Fact]
    public void Editing_one_of_ten_templates_regenerates_only_that_one()
    {
        var (driver, compilation) = FirstRun();
        var tree = TemplateTree(compilation, 3);

        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Template(3, bundle: "micro_3_0"))));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(["Acme.T3.Template3.g.cs"], RegeneratedFiles(result).Select(file => file.HintName));
        Assert.Contains("\"micro_3_0\"", RegeneratedFiles(result).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_assembly_defaults_regenerates_every_template_that_inherits_them()
    {
        var defaults = Parse("[assembly: Fluent.Lightsail.Tag(\"team\", \"infra\")]", "/project/Defaults.cs");
        var (driver, compilation) = FirstRun(defaults);

        var edited = compilation.ReplaceSyntaxTree(defaults, defaults.WithChangedText(SourceText.From("[assembly: Fluent.Lightsail.Tag(\"team\", \"platform\")]")));
        driver = driver.RunGenerators(edited);

        Assert.Equal(TemplateCount, RegeneratedFiles(driver.GetRunResult().Results.Single()).Count());
    }

    [Fact]
    public void Editing_an_unrelated_additional_file_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.ReplaceAdditionalText(UnrelatedFile, new InMemoryAdditionalText(UnrelatedFile.Path, "{ \"changed\": true }"));
        driver = driver.RunGenerators(compilation);

        Assert.Empty(RegeneratedFiles(driver.GetRunResult().Results.Single()));
    }

    [Fact]
    public void Editing_a_user_data_file_regenerates_only_the_template_that_embeds_it()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.ReplaceAdditionalText(ScriptFile, new InMemoryAdditionalText(ScriptFile.Path, "#!/bin/sh\necho changed\n"));
        driver = driver.RunGenerators(compilation);

        var regenerated = Assert.Single(RegeneratedFiles(driver.GetRunResult().Results.Single()));
        Assert.Equal("Acme.T0.Template0.g.cs", regenerated.HintName);
        Assert.Contains("echo changed", regenerated.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_AWS_SDK_an_unrelated_edit_reuses_every_step_and_the_bridge()
    {
        var helpers = Parse("namespace Acme.Other; public static class Helpers { public static int Two() => 2; }", "/project/Helpers.cs");
        var compilation = GeneratorHarness.Compile().AddReferences(AwsSdkStandIn.Reference).AddSyntaxTrees(
            Enumerable.Range(0, TemplateCount).Select(i => Parse(Template(i), TemplatePath(i))).Append(helpers));
        var driver = GeneratorHarness.CreateDriver([ScriptFile, UnrelatedFile]).RunGenerators(compilation);
        Assert.Equal(TemplateCount + 1, driver.GetRunResult().GeneratedTrees.Length);

        var edited = compilation.ReplaceSyntaxTree(helpers, helpers.WithChangedText(SourceText.From(
            "namespace Acme.Other; public static class Helpers { public static int Two() { return 1 + 1; } }")));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(result.TrackedSteps[TrackingNames.AwsSdk].SelectMany(run => run.Outputs)).Reason);
        AssertNothingRegenerated(result);
    }

    [Fact]
    public void Adding_the_AWS_SDK_reference_adds_only_the_bridge()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.AddReferences(AwsSdkStandIn.Reference));

        // The SDK's members are extension methods in the bridge: no template's file depends on the SDK.
        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(RegeneratedFiles(result));
        Assert.Contains(result.GeneratedSources, source => source.HintName == "FluentLightsailAwsSdkBridge.g.cs");
    }

    [Fact]
    public void Step_outputs_hold_no_Roslyn_objects()
    {
        var (driver, _) = FirstRun(Parse(Templates.AssemblyDefaults, "/project/Worker.cs"));

        foreach (var (name, runs) in driver.GetRunResult().Results.Single().TrackedSteps.Where(step => StepNames.Contains(step.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                AssertHoldsNoRoslynObject(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params SyntaxTree[] extraTrees)
    {
        var compilation = GeneratorHarness.Compile().AddSyntaxTrees(
            Enumerable.Range(0, TemplateCount).Select(i => Parse(Template(i), TemplatePath(i))).Concat(extraTrees));
        var driver = GeneratorHarness.CreateDriver([ScriptFile, UnrelatedFile]).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static string Template(int index, string bundle = "nano_3_0") =>
        $$"""
        using Fluent.Lightsail;

        namespace Acme.T{{index}};

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = "debian_12", Bundle = "{{bundle}}")]
        [Tag("index", "{{index}}")]
        {{(index == 0 ? "[UserDataFile(\"provision/t0.sh\")]" : string.Empty)}}
        public partial class Template{{index}};
        """;

    private static string TemplatePath(int index) => $"/project/Template{index}.cs";

    private static SyntaxTree TemplateTree(Compilation compilation, int index) =>
        compilation.SyntaxTrees.Single(tree => tree.FilePath == TemplatePath(index));

    private static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path);

    /// <summary>The files the emit step produced anew or changed in the last run.</summary>
    private static IEnumerable<GeneratedFile> RegeneratedFiles(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.GeneratedSources]
            .SelectMany(run => run.Outputs)
            .Where(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .Select(output => (GeneratedFile)output.Value);

    private static void AssertNothingRegenerated(GeneratorRunResult result)
    {
        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var runs), name);
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}: {output.Reason}");
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs))
        {
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"source output: {output.Reason}");
        }
    }

    // Roslyn objects in a step output pin whole compilations in memory and never compare equal across runs.
    private static void AssertHoldsNoRoslynObject(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Location or AttributeData or Compilation or SemanticModel,
            $"{step} holds a {value.GetType().FullName}");

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertHoldsNoRoslynObject(item, step, seen);
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertHoldsNoRoslynObject(field.GetValue(value), step, seen);
            }
        }
    }
}
