using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// The generated text, exactly, for each template shape. A change of the generator shows here as a diff to review;
/// see <see cref="GoldenFile"/> for how to accept one.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void MinimalTemplate() =>
        AssertGolden([Templates.Minimal], "Acme.Fleet.DevBox.g.cs");

    [Fact]
    public void TemplateWithEveryMember() =>
        AssertGolden(
            [Templates.EveryMember],
            "Acme.Fleet.WebServer.g.cs",
            new InMemoryAdditionalText(Templates.EveryMemberScriptPath, Templates.EveryMemberScript));

    [Fact]
    public void TemplateRelyingOnAssemblyDefaults() =>
        AssertGolden([Templates.AssemblyDefaults], "Acme.Fleet.Worker.g.cs");

    [Fact]
    public void NestedTemplateInFileScopedNamespace() =>
        AssertGolden([Templates.Nested], "Acme.Fleet.Nested.Environments.Staging.Api.g.cs");

    [Fact]
    public void RecordTemplateInGlobalNamespace() =>
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
