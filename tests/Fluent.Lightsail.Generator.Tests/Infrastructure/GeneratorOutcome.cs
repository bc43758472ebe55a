using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(
    Compilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorDriverRunResult RunResult)
{
    public ImmutableArray<GeneratedSourceResult> GeneratedSources => RunResult.Results.Single().GeneratedSources;

    public string Source(string hintName) =>
        GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    public IEnumerable<SyntaxTree> GeneratedTrees => Output.SyntaxTrees.Except(Input.SyntaxTrees);

    /// <summary>Errors and warnings of the output compilation that lie in generated files.</summary>
    public IEnumerable<Diagnostic> GeneratedCodeDiagnostics =>
        Output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Where(diagnostic => GeneratedTrees.Contains(diagnostic.Location.SourceTree));

    /// <summary>Errors of the output compilation anywhere.</summary>
    public IEnumerable<Diagnostic> Errors =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
