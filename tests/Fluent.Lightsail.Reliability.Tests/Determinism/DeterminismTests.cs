using System.Collections.Immutable;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Determinism;

/// <summary>
/// Generated output is byte-identical across runs, across a re-run of the same driver, and across every order of the
/// syntax trees and of the AdditionalFiles (seeded shuffles); every hint name and every byte of every file is compared.
/// </summary>
public sealed class DeterminismTests(ITestOutputHelper output)
{
    private const int Shuffles = 25;

    [Fact]
    public void Output_is_byte_identical_across_runs_and_input_orders()
    {
        var baseline = GeneratedOutput.Run(DeterminismInputs.Sources, DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory);
        Assert.True(baseline.Files.Length >= 10, $"only {baseline.Files.Length} files generated");
        Assert.Contains(baseline.Files, f => f.HintName == "Order.Files.WebFromFile.g.cs");

        Assert.Null(GeneratedOutput.Run(DeterminismInputs.Sources, DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).DifferenceFrom(baseline));

        var seed = ReliabilitySettings.Seed;
        for (var i = 0; i < Shuffles; i++)
        {
            var random = Seeds.For(seed, i, stream: 7);
            var sources = DeterminismInputs.Sources.OrderBy(_ => random.Next()).ToList();
            var texts = DeterminismInputs.AdditionalTexts.OrderBy(_ => random.Next()).ToImmutableArray();
            var difference = GeneratedOutput.Run(sources, texts, DeterminismInputs.ProjectDirectory).DifferenceFrom(baseline);
            Assert.True(difference is null, $"shuffle {i} (seed {seed}): {difference}");
        }

        output.WriteLine($"{baseline.Files.Length} generated files, {baseline.Files.Sum(f => f.Bytes.Length)} bytes, identical over 2 runs and {Shuffles} shuffles (seed {seed})");
    }

    [Fact]
    public void A_re_run_of_the_same_driver_gives_the_same_bytes()
    {
        var compilation = Toolchain.Compile(DeterminismInputs.Sources.Select(s => Toolchain.Parse(s.Source, s.Path)));
        var driver = Toolchain.CreateDriver(DeterminismInputs.AdditionalTexts, DeterminismInputs.ProjectDirectory).RunGenerators(compilation);
        var first = GeneratedOutput.Of(driver.GetRunResult());

        var second = GeneratedOutput.Of(driver.RunGenerators(compilation).GetRunResult());

        Assert.Null(second.DifferenceFrom(first));
    }

    /// <summary>
    /// Two AdditionalFiles outside the project folder that both end with the [UserDataFile] path: which one is embedded
    /// must not depend on the order MSBuild happens to list them in.
    /// </summary>
    [Fact]
    public void An_ambiguous_user_data_file_resolves_the_same_way_in_every_order()
    {
        (string, string)[] sources =
        [
            ("/project/Ambiguous.cs", """
                using Fluent.Lightsail;
                [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
                [UserDataFile("provision/web.sh")]
                public partial class Ambiguous;
                """),
        ];
        Microsoft.CodeAnalysis.AdditionalText[] texts =
        [
            new InMemoryAdditionalText("/shared/a/provision/web.sh", "#!/bin/bash\necho a\n"),
            new InMemoryAdditionalText("/shared/b/provision/web.sh", "#!/bin/bash\necho b\n"),
        ];

        var forward = GeneratedOutput.Run(sources, [.. texts], projectDirectory: null);
        var backward = GeneratedOutput.Run(sources, [.. texts.Reverse()], projectDirectory: null);

        Assert.Null(backward.DifferenceFrom(forward));
    }
}
