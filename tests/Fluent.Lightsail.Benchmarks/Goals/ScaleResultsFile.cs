using System.Globalization;

namespace Fluent.Lightsail.Benchmarks.Goals;

/// <summary>
/// The clean-build times of the last `dotnet run scripts/scale.cs -- N`, which that script writes to
/// &lt;temp&gt;/fluent-lightsail-benchmarks/scale-N.tsv (one "project\tseconds" line per project).
/// </summary>
internal static class ScaleResultsFile
{
    public static Result? Read(int templates)
    {
        var path = Path.Combine(Path.GetTempPath(), "fluent-lightsail-benchmarks", $"scale-{templates}.tsv");
        if (!File.Exists(path))
        {
            return null;
        }

        var seconds = File.ReadAllLines(path)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture));
        return seconds.TryGetValue("with-package", out var withPackage)
            && seconds.TryGetValue("hand-written", out var handWritten)
            && seconds.TryGetValue("empty", out var empty)
            ? new Result(withPackage, handWritten, empty, File.GetLastWriteTimeUtc(path))
            : null;
    }

    public sealed record Result(double WithPackage, double HandWritten, double Empty, DateTime WrittenUtc);
}
