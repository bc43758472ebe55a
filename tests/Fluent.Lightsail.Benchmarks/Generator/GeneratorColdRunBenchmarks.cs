using BenchmarkDotNet.Attributes;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Generator;

/// <summary>
/// The generator's first run on a project, as in a clean build: a new driver over a fresh copy of the compilation
/// (Clone drops the symbols and bound attributes an earlier iteration cached), so each run binds what it reads.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GeneratorColdRunBenchmarks
{
    private Compilation _compilation = null!;

    [Params(1, 100, 1000)]
    public int Templates { get; set; }

    [GlobalSetup]
    public void Setup() => _compilation = ScaleProject.Create(Templates).Compilation;

    [Benchmark]
    public GeneratorDriver ColdRun() => ScaleProject.CreateDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver ColdRunFloor() =>
        ScaleProject.CreateDriver(generator: new AttributeLookupFloorGenerator()).RunGenerators(_compilation.Clone());
}
