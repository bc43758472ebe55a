using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>Per id: reported exactly at the marked span, and code carrying it still compiles when #pragma suppresses it.</summary>
public sealed class DiagnosticSampleTests
{
    /// <summary>FLS7007 and FLS7008 concern hand-built add-on requests only; the DSL cannot express them.</summary>
    private static readonly string[] RuntimeOnly = { "FLS7007", "FLS7008" };

    [Fact]
    public void Every_analyzer_reported_id_has_a_sample()
    {
        var sampled = DiagnosticSamples.All.Select(sample => sample.Id).ToHashSet();
        var expected = DiagnosticDescriptors.All.Select(d => d.Id).Except(RuntimeOnly).ToHashSet();

        Assert.Equal(expected.OrderBy(id => id), sampled.OrderBy(id => id));
        Assert.Equal(DiagnosticSamples.All.Length, sampled.Count);
    }

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public Task Is_reported_exactly_at_the_marked_span(DiagnosticSample sample)
        => LightsailAnalyzerTest.VerifyAsync(sample.Markup, sample.AdditionalFiles);

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public async Task Suppressed_with_pragma_it_still_compiles(DiagnosticSample sample)
    {
        var source = "#pragma warning disable " + sample.Id + "\n" + Sources.StripMarkup(sample.Markup);

        var run = await AnalyzerRun.RunAsync(source, sample.AdditionalFiles);

        // A struct template is also CS0592 (the attribute targets classes), an error of the compiler, not of ours.
        var errors = run.CompilerErrors.Where(d => !(sample.Id == "FLS9002" && d.Id == "CS0592"));
        Assert.Empty(errors);
        var carried = run.AnalyzerDiagnostics.Where(d => d.Id == sample.Id).ToList();
        Assert.NotEmpty(carried);
        Assert.All(carried, d => Assert.True(d.IsSuppressed, d.ToString()));
    }

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public async Task Suppressed_with_pragma_it_still_compiles_with_the_real_generator(DiagnosticSample sample)
    {
        var source = "#pragma warning disable " + sample.Id + "\n" + Sources.StripMarkup(sample.Markup);
        if (source.Contains("GeneratedCode(\"Fluent.Lightsail.Generator\", \"test\")", StringComparison.Ordinal))
        {
            // Call-site samples hand-write the generated members; the generator would add them a second time.
            return;
        }

        var run = await AnalyzerRun.RunWithGeneratorAsync(source, sample.AdditionalFiles);

        var errors = run.CompilerErrors.Where(d => !(sample.Id == "FLS9002" && d.Id == "CS0592"));
        Assert.Empty(errors);
        Assert.All(run.AnalyzerDiagnostics.Where(d => d.Id == sample.Id), d => Assert.True(d.IsSuppressed, d.ToString()));
    }

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public async Task The_message_names_the_value_the_rule_and_a_fix(DiagnosticSample sample)
    {
        var run = await AnalyzerRun.RunAsync(Sources.StripMarkup(sample.Markup), sample.AdditionalFiles);

        var diagnostic = run.AnalyzerDiagnostics.First(d => d.Id == sample.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches(@"\((rule|rules) [A-Z][0-9]|builder contract\)", message);
        Assert.Matches(@"(Use|Add|Pass|Remove|Did you mean|Declare|Shorten|Give|Choose|Write|Wrap|Set|Create|Replace)\b", message);
        Assert.Equal(DiagnosticDescriptors.ForRule(sample.Id).DefaultSeverity, diagnostic.Severity);
    }

    [Theory]
    [MemberData(nameof(DiagnosticSamples.Rows), MemberType = typeof(DiagnosticSamples))]
    public async Task Rule_diagnostics_carry_their_member_and_source_for_code_fixes(DiagnosticSample sample)
    {
        var run = await AnalyzerRun.RunAsync(Sources.StripMarkup(sample.Markup), sample.AdditionalFiles);

        var diagnostic = run.AnalyzerDiagnostics.First(d => d.Id == sample.Id);
        if (sample.Id.StartsWith("FLS9", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(RuleDiagnostics.MemberProperty, diagnostic.Properties.Keys);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(diagnostic.Properties[RuleDiagnostics.MemberProperty]));
            Assert.Matches("^[A-Z][0-9]", diagnostic.Properties[Fluent.Lightsail.Rules.FixDataKeys.Source]);
        }
    }
}
