using System.Globalization;

namespace Fluent.Lightsail.Benchmarks.Analyzers;

/// <summary>
/// Hands the analyzers' telemetry from BenchmarkDotNet's benchmark process to the host process that prints the goals:
/// one small file per template count in the temp folder, ignored when it is older than the host's start.
/// </summary>
internal static class AnalyzerTelemetryFile
{
    private static string PathFor(int templates) =>
        Path.Combine(Path.GetTempPath(), "fluent-lightsail-benchmarks", $"analyzer-telemetry-{templates}.tsv");

    public static void Write(int templates, IReadOnlyDictionary<string, TimeSpan> times)
    {
        var path = PathFor(templates);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, times.Select(pair => pair.Key + "\t" + pair.Value.Ticks.ToString(CultureInfo.InvariantCulture)));
    }

    public static IReadOnlyDictionary<string, TimeSpan>? Read(int templates, DateTime notBeforeUtc)
    {
        var path = PathFor(templates);
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) < notBeforeUtc)
        {
            return null;
        }

        return File.ReadAllLines(path)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => TimeSpan.FromTicks(long.Parse(parts[1], CultureInfo.InvariantCulture)));
    }
}
