using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>A chain that skips a required step must not compile: the stage it stops at has no <c>Build</c>.</summary>
public sealed class IncompleteChainTests
{
    [Theory]
    [InlineData("""Acme.Fleet.DevBox.Named("dev-1")""", "NeedsAvailabilityZoneBlueprintAndBundle")]
    [InlineData("""Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a")""", "NeedsBlueprintAndBundle")]
    [InlineData("""Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12")""", "NeedsBundle")]
    public void Build_is_missing_on_the_stage_that_still_needs_a_member(string chain, string missingStage)
    {
        var diagnostic = Assert.Single(ErrorsOfProbe(chain + ".Build()"));

        Assert.Equal("CS1061", diagnostic.Id);
        Assert.Equal("Build", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        // The message names the step the chain stopped at, after everything still missing.
        Assert.StartsWith($"'{missingStage}' does not contain a definition for 'Build'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_chain_compiles() =>
        Assert.Empty(ErrorsOfProbe("""Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0").Build()"""));

    [Fact]
    public void Required_steps_cannot_be_taken_out_of_order()
    {
        // WithBundle exists only on the steps that need nothing else (and the final stage), so it cannot stand in for the missing zone.
        var diagnostic = Assert.Single(ErrorsOfProbe("""Acme.Fleet.DevBox.Named("dev-1").WithBundle("nano_3_0")"""));

        Assert.Equal("CS1061", diagnostic.Id);
        Assert.Equal("WithBundle", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void A_chain_without_names_has_no_builder()
    {
        // Without Named there is no builder at all: the template type itself has no Build (a static lookup, CS0117).
        var diagnostic = Assert.Single(ErrorsOfProbe("Acme.Fleet.DevBox.Build()"));

        Assert.Equal("CS0117", diagnostic.Id);
        Assert.Equal("Build", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    private static IEnumerable<Diagnostic> ErrorsOfProbe(string expression)
    {
        var probe = $$"""
            public static class Probe
            {
                public static object Run() => {{expression}};
            }
            """;
        var outcome = GeneratorHarness.Run([Templates.Minimal, probe]);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        return outcome.Errors;
    }
}
