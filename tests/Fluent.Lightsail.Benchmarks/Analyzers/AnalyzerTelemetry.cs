using System.Collections.Immutable;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Benchmarks.Analyzers;

/// <summary>
/// The analyzers' own execution time, as the compiler's /reportanalyzer measures it: <c>CompilationWithAnalyzers</c>
/// with <c>logAnalyzerExecutionTime</c>, then <c>GetAnalyzerTelemetryInfoAsync(...).ExecutionTime</c> per analyzer.
/// </summary>
internal static class AnalyzerTelemetry
{
    /// <summary>Runs the analyzers over the whole compilation once (concurrently, as a build does) and returns each one's execution time.</summary>
    public static async Task<IReadOnlyDictionary<string, TimeSpan>> RunAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool compileFirst = true)
    {
        var options = new CompilationWithAnalyzersOptions(
            ScaleProject.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        if (compileFirst)
        {
            // As in csc, where the compiler binds every declaration and body for emit and the analyzers find them bound.
            // Without this, the first analyzer callback to touch a symbol pays for binding it (upper bound, --unbound).
            _ = withAnalyzers.Compilation.GetDiagnostics();
        }

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The scale project should be clean: " + string.Join("; ", errors));
        }

        var times = new Dictionary<string, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            times[analyzer.GetType().Name] = telemetry.ExecutionTime;
        }

        return times;
    }

    /// <summary>The median execution time of each analyzer over several runs.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> Median(IReadOnlyList<IReadOnlyDictionary<string, TimeSpan>> samples)
        => samples.Count == 0
            ? new Dictionary<string, TimeSpan>()
            : samples[0].Keys.ToDictionary(
                name => name,
                name => samples.Select(sample => sample[name]).Order().ElementAt(samples.Count / 2));

    /// <summary>Warm-up run, then the median of <paramref name="runs"/> runs (for --smoke and --telemetry).</summary>
    public static IReadOnlyDictionary<string, TimeSpan> Measure(int templates, int runs, bool compileFirst = true)
    {
        var compilation = ScaleProject.Create(templates).WithGeneratedSources();
        RunAsync(compilation, ScaleProject.AllAnalyzers, compileFirst).GetAwaiter().GetResult();
        return Median([.. Enumerable.Range(0, runs).Select(_ => RunAsync(compilation, ScaleProject.AllAnalyzers, compileFirst).GetAwaiter().GetResult())]);
    }
}
