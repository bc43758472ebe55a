using System.Collections.Immutable;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>
/// Many mutated sources in one compilation, with a random set of AdditionalFiles (matching, missing, unreadable, huge)
/// and sometimes a project directory: one reference set and one generator/analyzer run serve dozens of sources.
/// </summary>
internal sealed record FuzzBatch(int Number, ImmutableArray<FuzzCase> Cases, ImmutableArray<AdditionalText> AdditionalTexts, string? ProjectDirectory)
{
    public static FuzzBatch Create(int seed, int number, int firstIndex, int count)
    {
        var random = Seeds.For(seed, number, stream: 1);
        var cases = Enumerable.Range(firstIndex, count).Select(index => FuzzCase.Create(seed, index)).ToImmutableArray();
        var texts = ImmutableArray.CreateBuilder<AdditionalText>();
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            var path = MutationFragments.AdditionalPaths[random.Next(MutationFragments.AdditionalPaths.Length)];
            var text = random.Next(6) switch
            {
                0 => null,                                   // the host could not read it
                1 => OddStrings.Huge(random),
                2 => "<powershell>Get-Date</powershell>",
                _ => "#!/bin/bash\napt-get update\n" + OddStrings.Next(random),
            };
            texts.Add(new InMemoryAdditionalText(path, text));
        }

        var projectDirectory = random.Next(4) switch
        {
            0 => null,
            1 => OddStrings.Next(random),
            _ => "/project",
        };
        return new FuzzBatch(number, cases, texts.ToImmutable(), projectDirectory);
    }

    /// <summary>Runs the toolchain; returns every crash, each attributed to the case that alone reproduces it where possible.</summary>
    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var crashes = await CrashesOfAsync(Cases);
        if (crashes.Count == 0)
        {
            return crashes;
        }

        // Some broken sources crash the C# compiler itself, with no generator or analyzer present (seed 424242 found
        // one in Roslyn 4.14's BinderFactory). Those are not findings against this repository: they are counted, set
        // aside, and the rest of the batch is run again without them.
        var compilerCrashes = Cases.Where(CrashesTheCompilerAlone).ToList();
        CompilerCrashes = compilerCrashes;
        var remaining = Cases.Except(compilerCrashes).ToImmutableArray();
        if (compilerCrashes.Count > 0)
        {
            crashes = await CrashesOfAsync(remaining);
            if (crashes.Count == 0)
            {
                return crashes;
            }
        }

        var attributed = new List<string>();
        foreach (var fuzzCase in remaining)
        {
            foreach (var crash in await CrashesOfAsync([fuzzCase]))
            {
                attributed.Add($"{crash}\n  in {fuzzCase}\n  additional files: {Describe()}");
            }
        }

        // Some crashes need several sources together; then the batch is the smallest reproduction we have.
        return attributed.Count > 0 ? attributed : crashes.Select(crash => $"{crash}\n  in batch {Number} (seed-replayable), additional files: {Describe()}").ToList();
    }

    /// <summary>Cases that crash the compiler with no generator or analyzer present (see <see cref="RunAsync"/>).</summary>
    public IReadOnlyList<FuzzCase> CompilerCrashes { get; private set; } = [];

    private static bool CrashesTheCompilerAlone(FuzzCase fuzzCase)
    {
        try
        {
            _ = Toolchain.Compile([Toolchain.Parse(fuzzCase.Source, fuzzCase.Path)]).GetDiagnostics();
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Generated sources and FLS diagnostics of the batch, to show the run reached the interesting code.</summary>
    public Statistics LastStatistics { get; private set; } = new(0, 0);

    private async Task<List<string>> CrashesOfAsync(ImmutableArray<FuzzCase> cases)
    {
        try
        {
            var compilation = Toolchain.Compile(cases.Select(c => Toolchain.Parse(c.Source, c.Path)));
            var run = await Toolchain.RunAsync(compilation, AdditionalTexts, ProjectDirectory);
            if (cases.Length >= Cases.Length - CompilerCrashes.Count)
            {
                LastStatistics = new Statistics(
                    run.GeneratorResult.Results.Sum(r => r.GeneratedSources.Length),
                    run.AnalyzerDiagnostics.Count(d => d.Id.StartsWith("FLS", StringComparison.Ordinal)));
            }

            return run.Crashes().ToList();
        }
        catch (Exception exception)
        {
            return ["threw: " + exception];
        }
    }

    private string Describe() =>
        $"projectdir={(ProjectDirectory is null ? "none" : Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(ProjectDirectory.Length > 60 ? ProjectDirectory[..60] : ProjectDirectory, true))}; " +
        string.Join(", ", AdditionalTexts.Select(t => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(t.Path, true) + (t.GetText() is null ? " (unreadable)" : $" ({t.GetText()!.Length} chars)")));

    public sealed record Statistics(int GeneratedSources, int RuleDiagnostics);
}
