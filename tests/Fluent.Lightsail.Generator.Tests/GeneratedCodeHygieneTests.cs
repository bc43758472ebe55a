using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// Properties every generated file must have whatever the template: clean under nullable and the highest warning
/// level, documented, fully qualified, free of the user's usings, and the same text on every run.
/// </summary>
public sealed class GeneratedCodeHygieneTests
{
    private static readonly string[] AllShapes =
        [Templates.Minimal, Templates.EveryMember, Templates.AssemblyDefaults, Templates.Nested, Templates.Record];

    private static readonly InMemoryAdditionalText ScriptFile = new(Templates.EveryMemberScriptPath, Templates.EveryMemberScript);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_code_has_no_warning_at_the_highest_warning_level(bool withAwsSdk)
    {
        var outcome = Run(AllShapes, withAwsSdk);
        var strict = outcome.Output.WithOptions(((CSharpCompilationOptions)outcome.Output.Options)
            .WithWarningLevel(9999)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.Equal(AllShapes.Length + (withAwsSdk ? 1 : 0), outcome.GeneratedSources.Length);
        var generatedTrees = outcome.GeneratedTrees.ToHashSet();
        Assert.Empty(strict.GetDiagnostics().Where(diagnostic => generatedTrees.Contains(diagnostic.Location.SourceTree!)));
    }

    [Fact]
    public void Projects_on_CSharp_7_3_get_code_without_nullable_annotations()
    {
        // netstandard2.0 and .NET Framework projects default to C# 7.3, which rejects #nullable, string? and null!.
        const string source = """
            using Fluent.Lightsail;

            namespace Acme
            {
                [InstanceTemplate(Bundle = "nano_3_0")]
                [Tag(null)]
                [StopInstanceOnIdle(null, "30")]
                public partial class Legacy
                {
                }

                public static class Probe
                {
                    public static object Run() => Legacy.Named("old-1").InZone("us-east-1a").WithBlueprint("debian_12").WithTag("k").Build();
                }
            }
            """;

        var outcome = GeneratorHarness.Run([source], parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3));

        Assert.DoesNotContain("#nullable", outcome.Source("Acme.Legacy.g.cs"), StringComparison.Ordinal);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void Missing_docs_would_be_reported()
    {
        // The control for "no warnings in generated code": the user's own undocumented public type does get CS1591,
        // so the absence of CS1591 in generated files means every generated public member is documented.
        var outcome = GeneratorHarness.Run([Templates.Minimal, "public class Undocumented { }"]);

        Assert.Contains(outcome.Output.GetDiagnostics(), diagnostic => diagnostic.Id == "CS1591");
        Assert.DoesNotContain(outcome.GeneratedCodeDiagnostics, diagnostic => diagnostic.Id == "CS1591");
    }

    [Fact]
    public void Null_attribute_arguments_add_no_warning_to_generated_code()
    {
        // The analyzers report these arguments; generated code must not add nullable warnings of its own.
        const string source = """
            using Fluent.Lightsail;

            namespace Acme;

            [InstanceTemplate(AvailabilityZone = null, Bundle = "nano_3_0")]
            [Tag(null!)]
            [Tag(null!, null)]
            [AutoSnapshot(null!)]
            [StopInstanceOnIdle(null!, null!)]
            [UserData(null!)]
            public partial class Nulls;
            """;

        var outcome = GeneratorHarness.Run(source);

        Assert.Single(outcome.GeneratedSources);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void Types_the_user_names_like_ours_do_not_capture_generated_references()
    {
        // Without global:: these would bind instead of the framework's and the runtime's types.
        const string shadows = """
            namespace Acme.Fleet
            {
                public class System { }
                public class Fluent { }
                public class IEnumerable<T> { }
                public class InstanceRequestDraft { }
                public class CreateInstancesRequest { }
                public class IpAddressType { }
                public class GeneratedCodeAttribute : global::System.Attribute { }
            }
            """;

        var outcome = GeneratorHarness.Run([Templates.Minimal, shadows]);

        Assert.Single(outcome.GeneratedSources);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        Assert.Empty(outcome.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_type_reference_is_global_qualified(bool withAwsSdk)
    {
        var outcome = Run(AllShapes, withAwsSdk);

        foreach (var tree in outcome.GeneratedTrees)
        {
            var model = outcome.Output.GetSemanticModel(tree);
            var typeNames = tree.GetRoot().DescendantNodes().OfType<NameSyntax>()
                .Where(name => name.Parent is not NameSyntax)
                .Where(name => name.Parent is AttributeSyntax || model.GetSymbolInfo(name).Symbol is ITypeSymbol)
                .ToList();
            Assert.NotEmpty(typeNames);
            foreach (var name in typeNames.Select(Written))
            {
                Assert.True(name.StartsWith("global::", StringComparison.Ordinal), $"{tree.FilePath}: {name}");
            }
        }
    }

    [Fact]
    public void The_AWS_SDK_bridge_carries_GeneratedCode()
    {
        var outcome = Run([Templates.Minimal], withAwsSdk: true);
        var bridge = outcome.Output.GetTypeByMetadataName("FluentLightsailAwsSdkBridge")!;
        var version = typeof(FluentLightsailGenerator).Assembly.GetName().Version!.ToString();

        Assert.Equal(Accessibility.Internal, bridge.DeclaredAccessibility);
        var attribute = Assert.Single(bridge.GetAttributes(), a => a.AttributeClass!.Name == "GeneratedCodeAttribute");
        Assert.Equal(["Fluent.Lightsail.Generator", version], attribute.ConstructorArguments.Select(argument => (string)argument.Value!));
    }

    private static GeneratorOutcome Run(IEnumerable<string> sources, bool withAwsSdk) =>
        GeneratorHarness.Run(sources, [ScriptFile], extraReferences: withAwsSdk ? [AwsSdkStandIn.Reference] : null);

    // In an expression (global::Ns.Type.Method()) the type's name is the right side of a member access; what is written
    // for it is that whole access.
    private static string Written(NameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.ToString() : name.ToString();

    [Fact]
    public void Generated_files_start_with_the_markers_and_copy_no_usings()
    {
        const string withUsings = """
            using System.Linq;
            using static System.Math;
            using Alias = System.Collections.Generic.List<int>;
            using Fluent.Lightsail;

            namespace Acme;

            [InstanceTemplate(Bundle = "nano_3_0")]
            public partial class WithUsings;
            """;

        var outcome = GeneratorHarness.Run(withUsings);
        var text = outcome.Source("Acme.WithUsings.g.cs");

        Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", text, StringComparison.Ordinal);
        Assert.Empty(CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot().Usings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Output_is_the_same_whatever_the_order_of_files_and_runs(bool withAwsSdk)
    {
        var forward = Run(AllShapes, withAwsSdk);
        var backward = Run(AllShapes.Reverse(), withAwsSdk);

        foreach (var source in forward.GeneratedSources)
        {
            Assert.Equal(source.SourceText.ToString(), backward.Source(source.HintName));
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12, 3)]
    [InlineData(LanguageVersion.CSharp13, 2)]
    public void The_values_class_carries_the_files_one_GeneratedCode(LanguageVersion languageVersion, int namedOverloads)
    {
        // One attribute per template: each is bound and analysed again in every build (docs/performance.md); FLS9008
        // tells generated members from the user's by the file this one marks.
        var outcome = GeneratorHarness.Run([Templates.Minimal], parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(languageVersion));
        var tree = Assert.Single(outcome.GeneratedTrees);
        var model = outcome.Output.GetSemanticModel(tree);
        var version = typeof(FluentLightsailGenerator).Assembly.GetName().Version!.ToString();

        var named = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Where(method => method.Identifier.Text == "Named").ToList();
        Assert.Equal(namedOverloads, named.Count);
        Assert.All(named, method => Assert.DoesNotContain(model.GetDeclaredSymbol(method)!.GetAttributes(), a => a.AttributeClass!.Name == "GeneratedCodeAttribute"));
        var values = Assert.Single(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>(), type => type.Identifier.Text == "LightsailTemplateValues");
        var attribute = Assert.Single(model.GetDeclaredSymbol(values)!.GetAttributes(), a => a.AttributeClass!.Name == "GeneratedCodeAttribute");
        Assert.Equal(["Fluent.Lightsail.Generator", version], attribute.ConstructorArguments.Select(argument => (string)argument.Value!));
    }
}
