using BenchmarkDotNet.Attributes;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Generator;

/// <summary>
/// What the IDE pays per keystroke on a 1,000-template project: a driver that already ran, re-run on the edited
/// compilation. The edited compilation is cloned per run so that no binding carries over between iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class GeneratorRerunBenchmarks
{
    public const int TemplateCount = 1000;

    private GeneratorDriver _ranDriver = null!;
    private GeneratorDriver _ranFloorDriver = null!;
    private Compilation _unrelatedEdit = null!;
    private Compilation _templateEdit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = ScaleProject.Create(TemplateCount);
        _ranDriver = ScaleProject.CreateDriver().RunGenerators(project.Compilation);
        _ranFloorDriver = ScaleProject.CreateDriver(generator: new AttributeLookupFloorGenerator()).RunGenerators(project.Compilation);
        _unrelatedEdit = project.WithUnrelatedEdit();
        _templateEdit = project.WithOneTemplateEdited();
    }

    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => _ranDriver.RunGenerators(_unrelatedEdit.Clone());

    [Benchmark]
    public GeneratorDriver AfterOneTemplateEdit() => _ranDriver.RunGenerators(_templateEdit.Clone());

    /// <summary>The same re-run of <see cref="AttributeLookupFloorGenerator"/>: what Roslyn's attribute lookup alone costs.</summary>
    [Benchmark]
    public GeneratorDriver AfterUnrelatedEditFloor() => _ranFloorDriver.RunGenerators(_unrelatedEdit.Clone());
}
