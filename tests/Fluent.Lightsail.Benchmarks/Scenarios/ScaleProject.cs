extern alias analyzers;

using System.Collections.Immutable;
using System.Text;
using analyzers::Fluent.Lightsail.Analyzers;
using Fluent.Lightsail.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Benchmarks.Scenarios;

/// <summary>
/// A user project with N templates (and, optionally, a builder call per template), held in memory as the compiler
/// sees it: parsed trees, the .NET 10 reference assemblies, the runtime and AWSSDK.Core, one AdditionalFiles item.
/// </summary>
internal sealed class ScaleProject
{
    private ScaleProject(int templates, CSharpCompilation compilation)
    {
        Templates = templates;
        Compilation = compilation;
    }

    public static CSharpParseOptions ParseOptions => UserProject.ParseOptions;

    public static ImmutableArray<AdditionalText> AdditionalFiles { get; } =
        [new InMemoryAdditionalText(ScaleSources.UserDataFilePath, ScaleSources.UserDataFileText)];

    public static AnalyzerOptions AnalyzerOptions { get; } = UserProject.AnalyzerOptions(AdditionalFiles, ScaleSources.ProjectDirectory);

    public int Templates { get; }

    /// <summary>The user's own sources, before the generator ran (call sites do not bind yet).</summary>
    public CSharpCompilation Compilation { get; }

    public static ScaleProject Create(int templates, bool withCallSites = true)
    {
        var sources = new List<(string Path, string Text)>
        {
            (ScaleSources.DefaultsPath, ScaleSources.Defaults),
            (ScaleSources.HelpersPath, ScaleSources.Helpers),
        };
        sources.AddRange(Enumerable.Range(0, templates).Select(index => (ScaleSources.TemplatePath(index), ScaleSources.Template(index))));
        if (withCallSites)
        {
            sources.AddRange(ScaleSources.CallSites(templates));
        }

        var compilation = UserProject.Compile(
            sources.Select(source => CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), ParseOptions, source.Path)),
            assemblyName: "Scale");
        return new ScaleProject(templates, compilation);
    }

    /// <summary>A driver as the compiler creates it; step tracking only when a caller counts what was regenerated.</summary>
    public static GeneratorDriver CreateDriver(bool trackSteps = false, IIncrementalGenerator? generator = null) =>
        UserProject.CreateDriver(AdditionalFiles, ScaleSources.ProjectDirectory, ParseOptions, trackSteps, generator);

    /// <summary>The compilation the compiler emits: the user's sources plus what the generator added.</summary>
    public CSharpCompilation WithGeneratedSources()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics);
        if (diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The generator reported diagnostics: " + string.Join("; ", diagnostics));
        }

        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The scale project does not compile: " + string.Join("; ", errors));
        }

        return (CSharpCompilation)output;
    }

    /// <summary>The compilation with the unrelated file's method body edited.</summary>
    public CSharpCompilation WithUnrelatedEdit() => Replace(ScaleSources.HelpersPath, ScaleSources.HelpersEdited);

    /// <summary>The compilation with one template's bundle changed (the middle one).</summary>
    public CSharpCompilation WithOneTemplateEdited()
    {
        var index = Templates / 2;
        return Replace(ScaleSources.TemplatePath(index), ScaleSources.Template(index, bundle: "large_3_0"));
    }

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = [new TemplateAnalyzer(), new BuilderCallAnalyzer()];

    private CSharpCompilation Replace(string path, string text)
    {
        var tree = Compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
        return Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text, Encoding.UTF8)));
    }
}
