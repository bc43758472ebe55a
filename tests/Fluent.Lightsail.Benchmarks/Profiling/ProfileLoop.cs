using System.Diagnostics;
using Fluent.Lightsail.Benchmarks.Analyzers;
using Fluent.Lightsail.Benchmarks.Generator;
using Fluent.Lightsail.Benchmarks.Runtime;
using Fluent.Lightsail.Benchmarks.Scenarios;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Profiling;

/// <summary>
/// Repeats one scenario in a plain loop, for a profiler to attach to (`--loop cold|floor|rerun|rerun-template|analyzers|builder [templates] [runs]`):
/// BenchmarkDotNet's child processes are awkward to trace, and a trace needs many repetitions of the same work.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string scenario, int templates, int runs)
    {
        Action run = scenario switch
        {
            "cold" => ColdRun(templates),
            "floor" => ColdRun(templates, new AttributeLookupFloorGenerator()),
            "rerun" => Rerun(templates, project => project.WithUnrelatedEdit()),
            "rerun-template" => Rerun(templates, project => project.WithOneTemplateEdited()),
            "analyzers" => Analyzers(templates),
            "builder" => BuildMany,
            _ => throw new ArgumentException("Unknown scenario " + scenario + "; use cold, floor, rerun, rerun-template, analyzers or builder."),
        };

        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            run();
            Console.WriteLine($"{scenario} #{i}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    // One build takes well under a microsecond: a run is many of them.
    private static void BuildMany()
    {
        for (var i = 0; i < 100_000; i++)
        {
            SampleRequests.Built();
        }
    }

    private static Action ColdRun(int templates, IIncrementalGenerator? generator = null)
    {
        var compilation = ScaleProject.Create(templates).Compilation;
        return () => ScaleProject.CreateDriver(generator: generator).RunGenerators(compilation.Clone());
    }

    private static Action Rerun(int templates, Func<ScaleProject, Compilation> edit)
    {
        var project = ScaleProject.Create(templates);
        var ranDriver = ScaleProject.CreateDriver().RunGenerators(project.Compilation);
        var edited = edit(project);
        return () => ranDriver.RunGenerators(edited.Clone());
    }

    private static Action Analyzers(int templates)
    {
        var compilation = ScaleProject.Create(templates).WithGeneratedSources();
        return () =>
        {
            foreach (var (name, time) in AnalyzerTelemetry.RunAsync(compilation, ScaleProject.AllAnalyzers).GetAwaiter().GetResult())
            {
                Console.Write($"{name} {time.TotalMilliseconds:F0} ms; ");
            }
        };
    }
}
