using BenchmarkDotNet.Reports;

namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>Finds one benchmark's result (by class, method and an optional parameter) among the summaries of a run.</summary>
internal sealed class SummaryLookup(IReadOnlyList<Summary> summaries)
{
    /// <summary>The mean time in nanoseconds, or null when the benchmark did not run (filtered out, or failed).</summary>
    public double? MeanNanoseconds(Type type, string method, string? parameter = null, object? value = null)
        => Find(type, method, parameter, value)?.ResultStatistics?.Mean;

    /// <summary>The bytes allocated per operation, or null when the benchmark did not run without the MemoryDiagnoser.</summary>
    public long? AllocatedBytes(Type type, string method)
    {
        var report = Find(type, method, null, null);
        return report?.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
    }

    private BenchmarkReport? Find(Type type, string method, string? parameter, object? value)
        => summaries.SelectMany(summary => summary.Reports).FirstOrDefault(report =>
            report.BenchmarkCase.Descriptor.Type == type
            && report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (parameter is null || Equals(report.BenchmarkCase.Parameters[parameter], value))
            && report.Success);
}
