using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>Compiles sources and runs both analyzers directly, for table-driven and "still compiles" checks.</summary>
internal sealed class AnalyzerRun
{
    private AnalyzerRun(ImmutableArray<Diagnostic> compilerDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics)
    {
        CompilerDiagnostics = compilerDiagnostics;
        AnalyzerDiagnostics = analyzerDiagnostics;
    }

    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

    /// <summary>Analyzer diagnostics, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public static async Task<AnalyzerRun> RunAsync(string source, params (string Path, string Text)[] additionalFiles)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test0.cs");
        var compilation = CSharpCompilation.Create(
            "Tests",
            new[] { tree },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var texts = additionalFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var exceptions = analyzerDiagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, string.Join("\n", exceptions));
        return new AnalyzerRun(compilation.GetDiagnostics(), analyzerDiagnostics);
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
