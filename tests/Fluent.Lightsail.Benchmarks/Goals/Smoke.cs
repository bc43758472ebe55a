using System.Diagnostics;
using Fluent.Lightsail.Benchmarks.Analyzers;
using Fluent.Lightsail.Benchmarks.Compile;
using Fluent.Lightsail.Benchmarks.Generator;
using Fluent.Lightsail.Benchmarks.Runtime;

namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>
/// Runs every benchmark body once in this process, untimed, so that a broken scenario shows up in seconds instead of
/// after BenchmarkDotNet has built and launched its job (`--smoke`).
/// </summary>
internal static class Smoke
{
    public static void Run()
    {
        Step("generator cold run, 100 templates", () =>
        {
            var benchmark = new GeneratorColdRunBenchmarks { Templates = 100 };
            benchmark.Setup();
            benchmark.ColdRun();
        });
        Step("generator re-runs, 1,000 templates", () =>
        {
            var benchmark = new GeneratorRerunBenchmarks();
            benchmark.Setup();
            benchmark.AfterUnrelatedEdit();
            benchmark.AfterOneTemplateEdit();
        });
        Step("regenerated templates", () => Console.WriteLine($"    {RegeneratedTemplates.Count(GeneratorRerunBenchmarks.TemplateCount)}"));
        Step("emit, 1,000 templates", () =>
        {
            var benchmark = new CompileBaselineBenchmarks { Templates = 1000 };
            benchmark.Setup();
            benchmark.Emit();
        });
        Step("analyzers, 1,000 templates", () =>
        {
            foreach (var (name, time) in AnalyzerTelemetry.Measure(1000, runs: 1))
            {
                Console.WriteLine($"    {name}: {time.TotalMilliseconds:F0} ms");
            }
        });
        Step("builder and JSON", () =>
        {
            var builder = new BuilderBenchmarks();
            var json = new JsonBenchmarks();
            Console.WriteLine("    " + builder.Builder().ToJson());
            Console.WriteLine("    " + json.JsonSerializerDefault());
            builder.HandWrittenValidated();
            Console.WriteLine($"    violations of the sample request: {builder.Validate()}");
        });
    }

    private static void Step(string name, Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{name}: ok in {stopwatch.ElapsedMilliseconds} ms");
    }
}
