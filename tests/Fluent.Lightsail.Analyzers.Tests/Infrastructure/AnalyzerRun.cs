using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>Compiles sources and runs both analyzers directly, for table-driven and "still compiles" checks.</summary>
internal sealed class AnalyzerRun
{
    private AnalyzerRun(Compilation compilation, ImmutableArray<Diagnostic> compilerDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics)
    {
        Compilation = compilation;
        CompilerDiagnostics = compilerDiagnostics;
        AnalyzerDiagnostics = analyzerDiagnostics;
    }

    /// <summary>The compilation analyzed (with generated sources when the generator ran).</summary>
    public Compilation Compilation { get; }

    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

    /// <summary>Analyzer diagnostics, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public static Task<AnalyzerRun> RunAsync(string source, params (string Path, string Text)[] additionalFiles)
        => RunAsync(source, withGenerator: false, additionalFiles);

    /// <summary>Runs the real source generator first, then the analyzers on the user's code and its generated builders.</summary>
    public static Task<AnalyzerRun> RunWithGeneratorAsync(string source, params (string Path, string Text)[] additionalFiles)
        => RunAsync(source, withGenerator: true, additionalFiles);

    private static async Task<AnalyzerRun> RunAsync(string source, bool withGenerator, (string Path, string Text)[] additionalFiles)
    {
        Compilation compilation = UserProject.Compile([UserProject.Parse(source, "Test0.cs")], assemblyName: "Tests");
        var texts = additionalFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();
        if (withGenerator)
        {
            UserProject.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        var options = new CompilationWithAnalyzersOptions(
            UserProject.AnalyzerOptions(texts),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var exceptions = analyzerDiagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, string.Join("\n", exceptions));
        return new AnalyzerRun(compilation, compilation.GetDiagnostics(), analyzerDiagnostics);
    }
}
