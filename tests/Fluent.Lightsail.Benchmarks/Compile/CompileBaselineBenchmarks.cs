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
    private static readonly EmitOptions PortablePdb = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private Compilation _compilation = null!;

    /// <summary>100 as well, to show how the compiler itself grows with the project (the linearity goal's context).</summary>
    [Params(100, 1000)]
    public int Templates { get; set; }

    [GlobalSetup]
    public void Setup() => _compilation = ScaleProject.Create(Templates).WithGeneratedSources();

    [Benchmark]
    public bool Emit()
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = _compilation.Clone().Emit(pe, pdb, options: PortablePdb);
        return result.Success ? true : throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
