using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>What one generator + analyzers run produced, and every sign that a component crashed.</summary>
internal sealed record ToolchainRun(
    GeneratorDriverRunResult GeneratorResult,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<Exception> AnalyzerExceptions)
{
    /// <summary>CS8784/CS8785 (generator threw), AD0001 (analyzer threw), or any diagnostic of the silent generator.</summary>
    public IEnumerable<string> Crashes()
    {
        foreach (var result in GeneratorResult.Results)
        {
            if (result.Exception is { } exception)
            {
                yield return "generator threw: " + exception;
            }
        }

        // The generator reports nothing by design (the analyzers do), so any diagnostic of it is a finding.
        foreach (var diagnostic in GeneratorDiagnostics)
        {
            yield return "generator diagnostic: " + diagnostic;
        }

        foreach (var diagnostic in AnalyzerDiagnostics.Where(d => d.Id == "AD0001"))
        {
            yield return "analyzer crash: " + diagnostic;
        }

        foreach (var exception in AnalyzerExceptions)
        {
            yield return "analyzer threw: " + exception;
        }
    }
}
