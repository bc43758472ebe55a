using System.Collections.Concurrent;
using System.Diagnostics;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>
/// Mutated template sources through the generator and both analyzers: no exception, no CS8784/CS8785, no AD0001, and
/// no diagnostic from the (silent) generator. 10,000 sources with a fixed seed in CI; FLUENT_FUZZ_ITERATIONS and
/// FLUENT_FUZZ_SEED make a longer or different run.
/// </summary>
public sealed class GeneratorAndAnalyzerFuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 40;

    [Fact]
    public async Task Mutated_templates_never_crash_the_generator_or_the_analyzers()
    {
        var iterations = ReliabilitySettings.FuzzIterations;
        var seed = ReliabilitySettings.Seed;
        var batchCount = (iterations + BatchSize - 1) / BatchSize;
        var findings = new ConcurrentQueue<string>();
        var compilerCrashes = new ConcurrentQueue<FuzzCase>();
        long generated = 0, ruleDiagnostics = 0;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        await Parallel.ForEachAsync(
            Enumerable.Range(0, batchCount),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (number, _) =>
            {
                var first = number * BatchSize;
                var batch = FuzzBatch.Create(seed, number, first, Math.Min(BatchSize, iterations - first));
                foreach (var finding in await batch.RunAsync())
                {
                    findings.Enqueue(finding);
                }

                foreach (var crash in batch.CompilerCrashes)
                {
                    compilerCrashes.Enqueue(crash);
                }

                Interlocked.Add(ref generated, batch.LastStatistics.GeneratedSources);
                Interlocked.Add(ref ruleDiagnostics, batch.LastStatistics.RuleDiagnostics);
            });

        output.WriteLine($"fuzz: {iterations} sources in {batchCount} compilations, seed {seed}, {watch.Elapsed.TotalSeconds:F1} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s CPU); " +
                         $"{generated} generated sources, {ruleDiagnostics} FLS diagnostics, {findings.Count} findings; " +
                         $"{compilerCrashes.Count} sources crash the C# compiler itself (set aside: {string.Join(", ", compilerCrashes.Select(c => c.Index).Order())})");
        Assert.True(findings.IsEmpty, $"{findings.Count} crashes (seed {seed}); first ones:\n\n" + string.Join("\n\n", findings.Take(5)));

        // A run that generated nothing or analysed nothing would pass vacuously; these show it reached the real code.
        Assert.True(generated > iterations / 50, $"only {generated} generated sources");
        Assert.True(ruleDiagnostics > iterations / 10, $"only {ruleDiagnostics} FLS diagnostics");
    }

    /// <summary>
    /// Case 5035 of seed 424242 (found by the long run) crashes Roslyn 4.14's BinderFactory with a NullReferenceException
    /// with no generator or analyzer present: a compiler bug, set aside rather than reported against this repository.
    /// </summary>
    [Fact]
    public async Task A_source_that_crashes_the_compiler_itself_is_set_aside_not_reported()
    {
        var batch = new FuzzBatch(0, [FuzzCase.Create(424242, 5035), FuzzCase.Create(424242, 5036)], [], "/project");

        var findings = await batch.RunAsync();

        Assert.Empty(findings);
        Assert.Equal([5035], batch.CompilerCrashes.Select(c => c.Index));
    }
}
