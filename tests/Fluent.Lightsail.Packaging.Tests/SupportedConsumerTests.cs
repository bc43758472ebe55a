namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// Every setup the README names under "Supported targets and compilers" builds the packed package clean with warnings
/// as errors, reports planted bad values and a skipped stage where they are, and gets only the package's own analyzers.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SupportedConsumerTests(PackageFixture package, SupportedConsumerBuilds builds) : IClassFixture<SupportedConsumerBuilds>
{
    private static readonly Dictionary<string, SupportedConsumer> Consumers = new[]
    {
        SupportedConsumer.Net8Console,
        SupportedConsumer.Net10Console,
        SupportedConsumer.NetStandard2_0Library,
        SupportedConsumer.Net10ConsoleWithOldCompiler,
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> ConsumerNames() => [.. Consumers.Keys];

    [Theory]
    [MemberData(nameof(ConsumerNames))]
    public async Task Builds_clean_with_warnings_as_errors(string consumer)
    {
        var (clean, _) = await builds.Of(Consumers[consumer], package);

        Assert.True(clean.ExitCode == 0 && clean.Warnings == 0 && clean.Errors == 0, $"Expected a clean build (exit 0, 0 warnings, 0 errors):\n{clean.Output}");
        Assert.Empty(clean.Problems);
        // The generator ran: one builder per template.
        foreach (var template in new[] { "WebServer", "DevBox", "Bare" })
        {
            Assert.Contains(clean.FilesOfOurGenerator, f => f.Contains(template, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ConsumerNames))]
    public async Task Reports_each_planted_value_and_the_skipped_stage_where_planted(string consumer)
    {
        var setup = Consumers[consumer];
        var (_, planted) = await builds.Of(setup, package);

        var sources = setup.Sources;
        var expected = ConsumerSources.PlantedValues
            .Select(v => (Id: v.Rule, At: sources.LocateInPlanted(v.Literal)))
            .Append((Id: "CS1061", At: sources.LocateInPlanted(ConsumerSources.MissingStageCall)))
            .Select(e => $"{sources.PlantedFile}({e.At.Line},{e.At.Column}): error {e.Id}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var reported = planted.Problems.Select(d => $"{d.File}({d.Line},{d.Column}): {d.Level} {d.Id}").Order(StringComparer.Ordinal);

        Assert.NotEqual(0, planted.ExitCode);
        Assert.Equal(expected, reported);
        // As the user sees them: each in the build output, and MSBuild counted these errors and no warning besides.
        Assert.All(expected, e => Assert.Contains($"{Path.DirectorySeparatorChar}{e}:", planted.Output, StringComparison.Ordinal));
        Assert.Equal((0, expected.Count), (planted.Warnings, planted.Errors));
        Assert.Contains(planted.Problems, d => d.Id == "CS1061" && d.Message.Contains("'Build'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ConsumerNames))]
    public async Task Only_the_package_s_own_analyzers_and_the_platform_s_reach_the_compiler(string consumer)
    {
        var (clean, _) = await builds.Of(Consumers[consumer], package);

        var ours = $"/fluent.lightsail/{package.Version}/analyzers/dotnet/cs/";
        Assert.Equal(
            ["Fluent.Lightsail.Analyzers.dll", "Fluent.Lightsail.CodeFixes.dll", "Fluent.Lightsail.Generator.dll"],
            clean.Analyzers.Where(a => a.Replace('\\', '/').Contains(ours, StringComparison.OrdinalIgnoreCase)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Everything else comes with the SDK or the target framework (its targeting pack; on netstandard2.0 the
        // System.Text.Json package, which net8.0+ carry inbox) or from Microsoft.Extensions.Logging.Abstractions, the
        // logging package every ILogger user has, whose LoggerMessage generator acts only on [LoggerMessage] methods;
        // never from another package the consumer did not choose.
        var packagesRoot = clean.Analyzers.Select(a => a.Replace('\\', '/')).First(a => a.Contains(ours, StringComparison.OrdinalIgnoreCase));
        packagesRoot = packagesRoot[..packagesRoot.IndexOf("/fluent.lightsail/", StringComparison.OrdinalIgnoreCase)];
        var fromPackages = clean.Analyzers
            .Select(a => a.Replace('\\', '/'))
            .Where(a => a.StartsWith(packagesRoot + "/", StringComparison.OrdinalIgnoreCase))
            .Select(a => a[(packagesRoot.Length + 1)..].Split('/')[0].ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Subset(new HashSet<string> { "fluent.lightsail", "microsoft.extensions.logging.abstractions", "microsoft.netcore.app.ref", "system.text.json" }, fromPackages.ToHashSet());
        Assert.DoesNotContain(clean.Analyzers, a => a.Contains("awssdk", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_old_compiler_is_the_one_that_compiled_its_consumer()
    {
        var (oldClean, oldPlanted) = await builds.Of(SupportedConsumer.Net10ConsoleWithOldCompiler, package);
        var (sdkClean, _) = await builds.Of(SupportedConsumer.Net10Console, package);

        // The compiler names its own version in its log.
        Assert.Equal(SupportedConsumer.OldCompilerVersion, oldClean.CompilerVersion);
        Assert.Equal(SupportedConsumer.OldCompilerVersion, oldPlanted.CompilerVersion);
        Assert.NotEqual(SupportedConsumer.OldCompilerVersion, sdkClean.CompilerVersion);
    }

    [Fact]
    public async Task The_old_compiler_reports_and_generates_what_the_sdk_s_compiler_does()
    {
        var (oldClean, oldPlanted) = await builds.Of(SupportedConsumer.Net10ConsoleWithOldCompiler, package);
        var (sdkClean, sdkPlanted) = await builds.Of(SupportedConsumer.Net10Console, package);

        Assert.NotEmpty(sdkPlanted.Problems);
        Assert.Equal(Sorted(sdkPlanted.Diagnostics), Sorted(oldPlanted.Diagnostics));
        Assert.NotEmpty(sdkClean.FilesOfOurGenerator);
        Assert.Equal(sdkClean.GeneratedFiles.OrderBy(f => f.Key, StringComparer.Ordinal), oldClean.GeneratedFiles.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(sdkPlanted.GeneratedFiles.OrderBy(f => f.Key, StringComparer.Ordinal), oldPlanted.GeneratedFiles.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_names_exactly_the_tested_setups()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
        const string heading = "## Supported targets and compilers\n";
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading.Trim()}' section.");
        var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        var setups = section.Split('\n')
            .Where(l => l.StartsWith('|') && !l.StartsWith("| ---", StringComparison.Ordinal))
            .Skip(1) // the header row
            .Select(l => l.Split('|')[1].Trim());
        Assert.Equal(Consumers.Keys.Order(StringComparer.Ordinal), setups.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Sorted(IEnumerable<LoggedDiagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal);
}
