using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Fluent.Lightsail.Benchmarks.Analyzers;
using Fluent.Lightsail.Benchmarks.Compile;
using Fluent.Lightsail.Benchmarks.Editor;
using Fluent.Lightsail.Benchmarks.Generator;
using Fluent.Lightsail.Benchmarks.Goals;
using Fluent.Lightsail.Benchmarks.Profiling;
using Fluent.Lightsail.Benchmarks.Runtime;

// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --goals            every benchmark, then the goals table
// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --filter '*Json*'  any BenchmarkDotNet selection
// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --smoke            every scenario once, untimed
const string GoalsSwitch = "--goals";
// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --editor [--templates 100,1000] [--runs 6] [--projects-as-written]   typing in csharp-ls
if (args is ["--editor", ..])
{
    return await EditorBenchmark.RunAsync(args);
}

if (args is ["--smoke"])
{
    Smoke.Run();
    return 0;
}

// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --telemetry 1000 [--unbound]   analyzer telemetry only
if (args is ["--telemetry", var count, ..])
{
    var compileFirst = !args.Contains("--unbound");
    foreach (var (name, time) in AnalyzerTelemetry.Measure(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), runs: 3, compileFirst))
    {
        Console.WriteLine($"{name}: {time.TotalMilliseconds:F0} ms");
    }

    return 0;
}

// dotnet run -c Release --project tests/Fluent.Lightsail.Benchmarks -- --loop rerun 1000 20   one scenario in a loop, to profile
if (args is ["--loop", var scenario, ..])
{
    var templates = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var runs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
    ProfileLoop.Run(scenario, templates, runs);
    return 0;
}

var runStartUtc = DateTime.UtcNow;
var goals = args.Contains(GoalsSwitch);
var benchmarkArgs = args.Where(arg => arg != GoalsSwitch).ToArray();

IReadOnlyList<Summary> summaries = goals && benchmarkArgs.Length == 0
    ? BenchmarkRunner.Run(
    [
        typeof(GeneratorColdRunBenchmarks),
        typeof(GeneratorRerunBenchmarks),
        typeof(CompileBaselineBenchmarks),
        typeof(AnalyzerBenchmarks),
        typeof(BuilderBenchmarks),
        typeof(JsonBenchmarks),
    ])
    : [.. BenchmarkSwitcher.FromAssembly(typeof(GoalsReport).Assembly).Run(benchmarkArgs)];

if (goals)
{
    var report = GoalsReport.Create(summaries, runStartUtc);
    Console.WriteLine();
    Console.WriteLine(report);
    var folder = summaries.FirstOrDefault()?.ResultsDirectoryPath ?? Path.Combine("BenchmarkDotNet.Artifacts", "results");
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "goals.md"), report);
}

return 0;
