using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Analyzers;

/// <summary>
/// Both analyzers, concurrently as in a build, on the project with a builder call per template, after the compiler has
/// bound the compilation (as csc does for emit). The wall time BenchmarkDotNet measures includes that binding, so it is
/// an upper bound; the analyzers' own share is the telemetry ExecutionTime of each run, whose median per analyzer goes
/// to <see cref="AnalyzerTelemetryFile"/> for the goals table.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 4)]
public class AnalyzerBenchmarks
{
    private readonly List<IReadOnlyDictionary<string, TimeSpan>> _samples = [];
    private Compilation _compilation = null!;

    [Params(100, 1000)]
    public int Templates { get; set; }

    [GlobalSetup]
    public void Setup() => _compilation = ScaleProject.Create(Templates).WithGeneratedSources();

    [Benchmark]
    public async Task Analyze() => _samples.Add(await AnalyzerTelemetry.RunAsync(_compilation, ScaleProject.AllAnalyzers).ConfigureAwait(false));

    [GlobalCleanup]
    public void Cleanup() => AnalyzerTelemetryFile.Write(Templates, AnalyzerTelemetry.Median(_samples));
}
