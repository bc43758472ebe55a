using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// The generated text, exactly, for each template shape. A change of the generator shows here as a diff to review;
/// see <see cref="GoldenFile"/> for how to accept one.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void A_minimal_template_generates_its_golden_file() =>
        AssertGolden([Templates.Minimal], "Acme.Fleet.DevBox.g.cs");

    [Fact]
    public void A_template_with_every_member_generates_its_golden_file() =>
        AssertGolden(
            [Templates.EveryMember],
            "Acme.Fleet.WebServer.g.cs",
            new InMemoryAdditionalText(Templates.EveryMemberScriptPath, Templates.EveryMemberScript));

    [Fact]
    public void A_template_relying_on_assembly_defaults_generates_its_golden_file() =>
        AssertGolden([Templates.AssemblyDefaults], "Acme.Fleet.Worker.g.cs");

    [Fact]
    public void A_nested_template_in_a_file_scoped_namespace_generates_its_golden_file() =>
        AssertGolden([Templates.Nested], "Acme.Fleet.Nested.Environments.Staging.Api.g.cs");

    [Fact]
    public void A_record_template_in_the_global_namespace_generates_its_golden_file() =>
        AssertGolden([Templates.Record], "BatchRunner.g.cs");

    private static void AssertGolden(string[] sources, string hintName, params InMemoryAdditionalText[] files)
    {
        var outcome = GeneratorHarness.Run(sources, files);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        Assert.Equal([hintName], outcome.GeneratedSources.Select(source => source.HintName));
        GoldenFile.AssertMatches(hintName, outcome.Source(hintName));
    }
}
