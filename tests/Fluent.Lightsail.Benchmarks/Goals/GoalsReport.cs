using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using Fluent.Lightsail.Benchmarks.Analyzers;
using Fluent.Lightsail.Benchmarks.Compile;
using Fluent.Lightsail.Benchmarks.Generator;
using Fluent.Lightsail.Benchmarks.Runtime;

namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>
/// The performance goals, computed as ratios from one run's summaries, plus what BenchmarkDotNet does not measure: how
/// many templates a re-run regenerated (a count, taken here), the analyzers' own execution time (compiler telemetry,
/// handed over by <see cref="AnalyzerBenchmarks"/>), and the clean builds of scripts/scale.cs (read from its last run).
/// </summary>
internal static class GoalsReport
{
    private const int ScaleTemplates = 1000;

    public static string Create(IReadOnlyList<Summary> summaries, DateTime runStartUtc)
    {
        var lookup = new SummaryLookup(summaries);
        var cold = typeof(GeneratorColdRunBenchmarks);
        var cold100 = lookup.MeanNanoseconds(cold, nameof(GeneratorColdRunBenchmarks.ColdRun), "Templates", 100);
        var cold1000 = lookup.MeanNanoseconds(cold, nameof(GeneratorColdRunBenchmarks.ColdRun), "Templates", 1000);
        var unrelated = lookup.MeanNanoseconds(typeof(GeneratorRerunBenchmarks), nameof(GeneratorRerunBenchmarks.AfterUnrelatedEdit));
        var unrelatedFloor = lookup.MeanNanoseconds(typeof(GeneratorRerunBenchmarks), nameof(GeneratorRerunBenchmarks.AfterUnrelatedEditFloor));
        var coldFloor1000 = lookup.MeanNanoseconds(cold, nameof(GeneratorColdRunBenchmarks.ColdRunFloor), "Templates", 1000);
        var coldFloor100 = lookup.MeanNanoseconds(cold, nameof(GeneratorColdRunBenchmarks.ColdRunFloor), "Templates", 100);
        var oneTemplate = lookup.MeanNanoseconds(typeof(GeneratorRerunBenchmarks), nameof(GeneratorRerunBenchmarks.AfterOneTemplateEdit));
        var emit = lookup.MeanNanoseconds(typeof(CompileBaselineBenchmarks), nameof(CompileBaselineBenchmarks.Emit), "Templates", 1000);
        var emit100 = lookup.MeanNanoseconds(typeof(CompileBaselineBenchmarks), nameof(CompileBaselineBenchmarks.Emit), "Templates", 100);
        var handWrittenValidated = lookup.MeanNanoseconds(typeof(BuilderBenchmarks), nameof(BuilderBenchmarks.HandWrittenValidated));
        var builder = lookup.MeanNanoseconds(typeof(BuilderBenchmarks), nameof(BuilderBenchmarks.Builder));
        var handWrittenBytes = lookup.AllocatedBytes(typeof(BuilderBenchmarks), nameof(BuilderBenchmarks.HandWritten));
        var builderBytes = lookup.AllocatedBytes(typeof(BuilderBenchmarks), nameof(BuilderBenchmarks.Builder));

        Console.WriteLine("Goals: counting the templates a re-run regenerates…");
        var regenerated = RegeneratedTemplates.Count(GeneratorRerunBenchmarks.TemplateCount);
        var analyzers1000 = AnalyzerTelemetryFile.Read(1000, runStartUtc);
        var analyzers100 = AnalyzerTelemetryFile.Read(100, runStartUtc);
        var analyzerSum1000 = analyzers1000?.Values.Sum(time => time.TotalMilliseconds) * 1e6;
        var analyzerSum100 = analyzers100?.Values.Sum(time => time.TotalMilliseconds) * 1e6;

        var scale = ScaleResultsFile.Read(ScaleTemplates);
        var goals = new List<GoalResult>
        {
            ScaleBuild(scale),
            Ratio(
                "Analyzers' execution time vs. compile (emit) of the 1,000-template project", "≤ 2.5%",
                analyzerSum1000, emit, limit: 0.025, percent: true, $" ({Ms(analyzerSum1000)} vs. {Ms(emit)})"),
            Ratio(
                "Generator (cold) + analyzers vs. compile of the 1,000-template project", "≤ 5%",
                cold1000 + analyzerSum1000, emit, limit: 0.05, percent: true,
                $" (generator {Ms(cold1000)} + analyzers {Ms(analyzerSum1000)} vs. emit {Ms(emit)})"),
            new(
                "Templates regenerated after an unrelated edit (1,000 templates)", "0",
                regenerated.AfterUnrelatedEdit.ToString(CultureInfo.InvariantCulture), regenerated.AfterUnrelatedEdit == 0),
            Ratio(
                "Re-run after an unrelated edit vs. cold run (1,000 templates)", "≤ 10%",
                unrelated, cold1000, limit: 0.10, percent: true, $" ({Ms(unrelated)} vs. {Ms(cold1000)})"),
            Ratio(
                "Roslyn's attribute lookup alone (floor generator): re-run vs. our cold run", "—",
                unrelatedFloor, cold1000, limit: double.MaxValue, percent: true, $" ({Ms(unrelatedFloor)}; floor cold run {Ms(coldFloor1000)})") with { IsContext = true },
            AtMost(
                "Our own generator steps in that re-run (re-run − floor re-run, 1,000 templates)", "≤ 25 ms",
                unrelated - unrelatedFloor, limitNanoseconds: 25e6),
            new(
                "Templates regenerated after editing one template (1,000 templates)", "1",
                regenerated.AfterOneTemplateEdit.ToString(CultureInfo.InvariantCulture), regenerated.AfterOneTemplateEdit == 1),
            Ratio(
                "Re-run after editing one template vs. cold run (1,000 templates)", "≤ 10%",
                oneTemplate, cold1000, limit: 0.10, percent: true, $" ({Ms(oneTemplate)} vs. {Ms(cold1000)})"),
            Ratio(
                "Generator cold run, 1,000 vs. 100 templates", "≤ 10.5×",
                cold1000, cold100, limit: 10.5, percent: false, $" ({Ms(cold1000)} vs. {Ms(cold100)})"),
            Ratio(
                "Floor generator (Roslyn's attribute lookup alone), 1,000 vs. 100 templates", "—",
                coldFloor1000, coldFloor100, limit: double.MaxValue, percent: false, $" ({Ms(coldFloor1000)} vs. {Ms(coldFloor100)})") with { IsContext = true },
            Ratio(
                "Our own steps (cold run − floor), 1,000 vs. 100 templates", "—",
                cold1000 - coldFloor1000, cold100 - coldFloor100, limit: double.MaxValue, percent: false,
                $" ({Ms(cold1000 - coldFloor1000)} vs. {Ms(cold100 - coldFloor100)})") with { IsContext = true },
            Ratio(
                "Compile (emit, no generator or analyzers), 1,000 vs. 100 templates", "—",
                emit, emit100, limit: double.MaxValue, percent: false, $" ({Ms(emit)} vs. {Ms(emit100)})") with { IsContext = true },
            Ratio(
                "Analyzers' execution time, 1,000 vs. 100 templates", "≤ 10.5×",
                analyzerSum1000, analyzerSum100, limit: 10.5, percent: false, $" ({Ms(analyzerSum1000)} vs. {Ms(analyzerSum100)})"),
            Ratio(
                "Build() vs. a hand-written request + CreateInstancesRequestValidator", "≤ 1.0×",
                builder, handWrittenValidated, limit: 1.0, percent: false, $" ({Ns(builder)} vs. {Ns(handWrittenValidated)})"),
            Allocations(builderBytes, handWrittenBytes),
        };

        var text = new StringBuilder();
        text.AppendLine("| Goal | Target | Measured | Verdict |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var goal in goals)
        {
            text.AppendLine($"| {goal.Goal} | {goal.Target} | {goal.Measured} | {goal.Verdict} |");
        }

        if (analyzers1000 != null)
        {
            text.AppendLine();
            text.AppendLine("Analyzer execution time (compiler telemetry, median of the AnalyzerBenchmarks runs):");
            text.AppendLine();
            text.AppendLine("| Analyzer | 100 templates | 1,000 templates |");
            text.AppendLine("| --- | --- | --- |");
            foreach (var name in analyzers1000.Keys.Order(StringComparer.Ordinal))
            {
                var at100 = analyzers100 != null && analyzers100.TryGetValue(name, out var time) ? Ms(time.TotalMilliseconds * 1e6) : "?";
                text.AppendLine($"| {name} | {at100} | {Ms(analyzers1000[name].TotalMilliseconds * 1e6)} |");
            }
        }

        return text.ToString();
    }

    private static GoalResult Ratio(string goal, string target, double? measured, double? baseline, double limit, bool percent, string detail)
    {
        if (measured is not { } value || baseline is not { } reference || reference <= 0)
        {
            return new GoalResult(goal, target, "not measured in this run", null);
        }

        var ratio = value / reference;
        var shown = percent
            ? (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%"
            : ratio.ToString("F2", CultureInfo.InvariantCulture) + "×";
        return new GoalResult(goal, target, shown + detail, ratio <= limit);
    }

    private static GoalResult AtMost(string goal, string target, double? nanoseconds, double limitNanoseconds)
        => nanoseconds is { } value
            ? new GoalResult(goal, target, Ms(value), value <= limitNanoseconds)
            : new GoalResult(goal, target, "not measured in this run", null);

    /// <summary>The clean-build line, from the last `dotnet run scripts/scale.cs -- 1000` (BenchmarkDotNet does not build projects).</summary>
    private static GoalResult ScaleBuild(ScaleResultsFile.Result? scale)
    {
        const string Goal = "Clean `dotnet build` with the package vs. the hand-written twin (1,000 templates, scripts/scale.cs)";
        if (scale is not { } result)
        {
            return new GoalResult(Goal, "≤ 1.3×", $"not measured: run `dotnet run scripts/scale.cs -- {ScaleTemplates}` first", null);
        }

        var ratio = result.WithPackage / result.HandWritten;
        return new GoalResult(
            Goal,
            "≤ 1.3×",
            string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}× ({result.WithPackage:F1} s vs. {result.HandWritten:F1} s; empty twin {result.Empty:F1} s; scale.cs run of {result.WrittenUtc:yyyy-MM-dd HH:mm} UTC)"),
            ratio <= 1.3);
    }

    private static GoalResult Allocations(long? builderBytes, long? handWrittenBytes)
    {
        const string Goal = "Build() allocations beyond the request objects";
        if (builderBytes is not { } builder || handWrittenBytes is not { } handWritten)
        {
            return new GoalResult(Goal, "0 B", "not measured in this run", null);
        }

        var extra = builder - handWritten;
        return new GoalResult(Goal, "0 B", $"{extra} B ({builder} B vs. {handWritten} B)", extra <= 0);
    }

    private static string Ms(double? nanoseconds) =>
        nanoseconds is { } value ? (value / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " ms" : "?";

    private static string Ns(double? nanoseconds) =>
        nanoseconds is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) + " ns" : "?";
}
