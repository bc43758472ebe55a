using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>One diagnostic as the compiler logged it, with its file relative to the consumer's folder.</summary>
internal sealed record LoggedDiagnostic(string Id, string Level, string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Level} {Id}: {Message}";
}

/// <summary>
/// What one <c>dotnet build</c> of a consumer left: MSBuild's warning and error counts (every warning, the compiler's
/// and MSBuild's own such as a package's unsupported-target warning), the compiler's own SARIF log (its version and
/// every diagnostic), the generated files, and the analyzers MSBuild passed to the compiler.
/// </summary>
internal sealed partial record ConsumerBuild(
    int ExitCode,
    string Output,
    int Warnings,
    int Errors,
    string CompilerVersion,
    IReadOnlyList<LoggedDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> GeneratedFiles,
    IReadOnlyList<string> Analyzers)
{
    public static async Task<ConsumerBuild> RunAsync(string directory, bool planted)
    {
        // Nothing from an earlier build may pass for this one's.
        File.Delete(Path.Combine(directory, SupportedConsumer.SarifFile));
        File.Delete(Path.Combine(directory, SupportedConsumer.AnalyzersFile));
        var generated = Path.Combine(directory, SupportedConsumer.GeneratedFolder);
        if (Directory.Exists(generated))
        {
            Directory.Delete(generated, recursive: true);
        }

        var result = await DotnetCli.RunAsync(directory, TimeSpan.FromMinutes(5), "build", "-c", "Release", "-tl:off", $"-p:Planted={(planted ? "true" : "false")}");
        var sarif = Path.Combine(directory, SupportedConsumer.SarifFile);
        if (!File.Exists(sarif))
        {
            throw new InvalidOperationException($"The build wrote no compiler log ({SupportedConsumer.SarifFile}); did the compiler run?\n{result.Output}");
        }

        var (version, diagnostics) = ReadSarif(sarif, directory);
        return new ConsumerBuild(
            result.ExitCode,
            result.Output,
            Count(WarningCount(), result.Output),
            Count(ErrorCount(), result.Output),
            version,
            diagnostics,
            ReadGeneratedFiles(generated),
            File.ReadAllLines(Path.Combine(directory, SupportedConsumer.AnalyzersFile)).Where(l => l.Length > 0).ToList());
    }

    /// <summary>The diagnostics that fail a build or would warn, i.e. all but notes.</summary>
    public IEnumerable<LoggedDiagnostic> Problems => Diagnostics.Where(d => d.Level is "error" or "warning");

    /// <summary>The files Fluent.Lightsail's generator wrote (relative paths).</summary>
    public IEnumerable<string> FilesOfOurGenerator => GeneratedFiles.Keys.Where(k => k.StartsWith("Fluent.Lightsail.Generator/", StringComparison.Ordinal));

    private static (string Version, IReadOnlyList<LoggedDiagnostic> Diagnostics) ReadSarif(string path, string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var run = document.RootElement.GetProperty("runs")[0];
        var version = run.GetProperty("tool").GetProperty("driver").GetProperty("semanticVersion").GetString()!;
        var diagnostics = new List<LoggedDiagnostic>();
        foreach (var result in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var (file, line, column) = ("", 0, 0);
            if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
            {
                var physical = locations[0].GetProperty("physicalLocation");
                file = Path.GetRelativePath(directory, new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath).Replace('\\', '/');
                var region = physical.GetProperty("region");
                (line, column) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            }

            diagnostics.Add(new LoggedDiagnostic(
                result.GetProperty("ruleId").GetString()!,
                result.TryGetProperty("level", out var level) ? level.GetString()! : "warning", // SARIF's default level
                file,
                line,
                column,
                result.GetProperty("message").GetProperty("text").GetString()!));
        }

        return (version, diagnostics);
    }

    private static Dictionary<string, string> ReadGeneratedFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal)
            : [];

    private static int Count(Regex summary, string output)
    {
        var match = summary.Match(output);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)\s*$", RegexOptions.Multiline)]
    private static partial Regex WarningCount();

    [GeneratedRegex(@"^\s*(\d+) Error\(s\)\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorCount();
}
