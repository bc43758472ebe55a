using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Fluent.Lightsail.Benchmarks.Compile;

/// <summary>
/// The compile-time baseline for the "generator + analyzers ≤ 5%" goal: binding and emitting (IL and portable PDB, as
/// dotnet build does) the 1,000-template project with the generated sources already added, and no generator or
/// analyzers running. Parsing is left out, as it is of the generator's and analyzers' figures.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileBaselineBenchmarks
{
    public const int TemplateCount = 1000;

    private static readonly EmitOptions PortablePdb = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup() => _compilation = ScaleProject.Create(TemplateCount).WithGeneratedSources();

    [Benchmark]
    public bool Emit()
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = _compilation.Clone().Emit(pe, pdb, options: PortablePdb);
        return result.Success ? true : throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
