using System.Diagnostics;
using Fluent.Lightsail.Reliability.Tests.Determinism;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Cancellation;

/// <summary>
/// The generator and the analyzers, cancelled at seeded random points of a run: each run either completes with the
/// uncancelled result or throws OperationCanceledException; nothing else is thrown, no CS8784/CS8785/AD0001 appears,
/// and a cancelled run leaves nothing behind, so the next uncancelled run (same driver, same CompilationWithAnalyzers,
/// as an IDE reuses them) gives exactly the uncancelled result.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    private const int Runs = 24;

    // An analyzer run costs several times a generator run (and each cancelled one runs twice): 16 keep the test short.
    private const int AnalyzerRuns = 16;

    [Fact]
    public void The_generator_cancelled_at_random_points_completes_or_throws_OperationCanceledException()
    {
        var seed = ReliabilitySettings.Seed;
        var compilation = Toolchain.Compile(ManyTemplates().Select(s => Toolchain.Parse(s.Source, s.Path)));
        var edited = compilation.AddSyntaxTrees(Toolchain.Parse("namespace Edit; public partial class Unrelated { }", "/project/Edit.cs"));
        var warm = Toolchain.CreateDriver(DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).RunGenerators(compilation);
        var full = Measure(() => Toolchain.CreateDriver(DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).RunGenerators(compilation));
        var expected = GeneratedOutput.Of(warm.GetRunResult());
        var expectedAfterEdit = GeneratedOutput.Of(warm.RunGenerators(edited).GetRunResult());
        var problems = new List<string>();
        int cancelled = 0, completed = 0;

        for (var i = 0; i < Runs; i++)
        {
            var random = Seeds.For(seed, i, stream: 8);

            // Odd runs cancel an incremental re-run of a warm driver (an edit while typing), even runs a cold one.
            var incremental = i % 2 == 1;
            var driver = incremental ? warm : Toolchain.CreateDriver(DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory);
            var input = incremental ? edited : compilation;
            var wanted = incremental ? expectedAfterEdit : expected;
            using var cancellation = new PreciseCancellation(RandomPoint(random, full));
            try
            {
                var result = driver.RunGenerators(input, cancellation.Token).GetRunResult();
                completed++;
                problems.AddRange(Check($"run {i} (completed)", result, wanted));
            }
            catch (OperationCanceledException)
            {
                cancelled++;
                problems.AddRange(Check($"run {i} (re-run after cancellation)", driver.RunGenerators(input).GetRunResult(), wanted));
            }
            catch (Exception exception)
            {
                problems.Add($"run {i} threw {exception}");
            }
        }

        output.WriteLine($"generator: {Runs} runs cancelled at random points of a {full.TotalMilliseconds:F0} ms run (seed {seed}): {cancelled} cancelled, {completed} completed");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(cancelled > 0, "no run was cancelled: the random points never fell inside a run");
    }

    [Fact]
    public async Task The_analyzers_cancelled_at_random_points_complete_or_throw_OperationCanceledException()
    {
        var seed = ReliabilitySettings.Seed;
        var compilation = Toolchain.Compile(DeterminismInputs.Sources.Select(s => Toolchain.Parse(s.Source, s.Path)));
        Toolchain.CreateDriver(DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var expected = DiagnosticSet.Of(await Toolchain.WithAnalyzers(generated, DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).GetAnalyzerDiagnosticsAsync());
        var full = Measure(() => Toolchain.WithAnalyzers(generated, DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        Assert.Contains(expected, d => d.StartsWith("FLS", StringComparison.Ordinal));
        var problems = new List<string>();
        int cancelled = 0, completed = 0;

        for (var i = 0; i < AnalyzerRuns; i++)
        {
            var random = Seeds.For(seed, i, stream: 9);
            var exceptions = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var analysis = Toolchain.WithAnalyzers(generated, DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory, exceptions);
            // Twice as far: the spinning canceller takes one of two cores, which slows the analysis it is timing.
            using var cancellation = new PreciseCancellation(RandomPoint(random, full * 2));
            try
            {
                var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(cancellation.Token);
                completed++;
                Compare($"run {i} (completed)", DiagnosticSet.Of(diagnostics), expected, exceptions, problems);
            }
            catch (OperationCanceledException)
            {
                cancelled++;

                // The same CompilationWithAnalyzers again, as the IDE asks again after a cancelled request: state the
                // analyzers cached during the cancelled run (per compilation) must not leak into this one.
                var again = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                Compare($"run {i} (re-run after cancellation)", DiagnosticSet.Of(again), expected, exceptions, problems);
            }
            catch (Exception exception)
            {
                problems.Add($"run {i} threw {exception}");
            }
        }

        output.WriteLine($"analyzers: {AnalyzerRuns} runs cancelled at random points of a {full.TotalMilliseconds:F0} ms run (seed {seed}): {cancelled} cancelled, {completed} completed");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(cancelled > 0, "no run was cancelled: the random points never fell inside a run");
    }

    /// <summary>The shortest of three warm runs: the JIT-laden first run would put most points past the end.</summary>
    private static TimeSpan Measure(Action run)
    {
        var shortest = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            shortest = watch.Elapsed < shortest ? watch.Elapsed : shortest;
        }

        return shortest;
    }

    /// <summary>The corpus three times over, in separate namespaces: a run long enough to be cut at many points.</summary>
    private static IEnumerable<(string Path, string Source)> ManyTemplates() =>
        Enumerable.Range(0, 3).SelectMany(copy => DeterminismInputs.Sources.Select(s =>
            ($"/project/Copy{copy}{s.Path["/project".Length..]}", s.Source.Replace("namespace ", $"namespace Copy{copy}.", StringComparison.Ordinal))));

    /// <summary>Anywhere in a warm uncancelled run, or a little after it (so that some runs complete).</summary>
    private static TimeSpan RandomPoint(Random random, TimeSpan full) =>
        TimeSpan.FromTicks((long)(full.Ticks * random.NextDouble() * 1.5));

    private static IEnumerable<string> Check(string label, GeneratorDriverRunResult result, GeneratedOutput expected)
    {
        foreach (var crash in new ToolchainRun(result, result.Diagnostics, [], []).Crashes())
        {
            yield return $"{label}: {crash}";
        }

        if (GeneratedOutput.Of(result).DifferenceFrom(expected) is { } difference)
        {
            yield return $"{label}: output differs from an uncancelled run: {difference}";
        }
    }

    private static void Compare(string label, IReadOnlyList<string> actual, IReadOnlyList<string> expected, IEnumerable<Exception> exceptions, List<string> problems)
    {
        problems.AddRange(actual.Where(d => d.StartsWith("AD0001", StringComparison.Ordinal)).Select(d => $"{label}: {d}"));
        problems.AddRange(exceptions.Select(e => $"{label}: analyzer threw {e.GetType().Name}: {e.Message}"));
        if (DiagnosticSet.DifferenceFrom(actual, expected) is { } difference)
        {
            problems.Add($"{label}: {difference}");
        }
    }
}
