using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>
/// A tag pasted in decomposed form ("u" + U+0308, as macOS pastes "ü") is offered its composed form (NFC), which is the
/// same text to a reader, rather than a replacement that turns the mark into '-'.
/// </summary>
public sealed class DecomposedTagTests
{
    [Fact]
    public async Task The_diagnostic_carries_the_NFC_form_as_its_replacement()
    {
        var run = await AnalyzerRun.RunAsync(Sources.Usings + """
            [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
            [Tag("Gru\u0308ße", "v")]
            public partial class Web;
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "FLS6003");
        Assert.Equal("Grüße", diagnostic.Properties["Replacement"]);
        Assert.Equal("NFC", diagnostic.Properties["Normalization"]);
        Assert.Contains("composed form (NFC), 'Grüße'", diagnostic.GetMessage());
        Assert.DoesNotContain("Gru-ße", diagnostic.GetMessage());
    }
}
