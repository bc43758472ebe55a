using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>A markup test that runs both analyzers against explicit references (no reference-assembly download).</summary>
internal sealed class LightsailAnalyzerTest : CSharpAnalyzerTest<TemplateAnalyzer, DefaultVerifier>
{
    public LightsailAnalyzerTest(string source)
    {
        TestCode = source;
        ReferenceAssemblies = new ReferenceAssemblies(string.Empty);

        // Both analyzers support the one descriptor set; the markup means that descriptor whichever reports it.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        => new DiagnosticAnalyzer[] { new TemplateAnalyzer(), new BuilderCallAnalyzer() };

    public static Task VerifyAsync(string source, params (string Path, string Text)[] additionalFiles)
    {
        var test = new LightsailAnalyzerTest(source);
        foreach (var file in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }
}
