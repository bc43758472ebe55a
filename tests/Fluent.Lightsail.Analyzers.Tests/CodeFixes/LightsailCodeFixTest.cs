using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// A markup code-fix test set up like <see cref="LightsailAnalyzerTest"/>: both analyzers, explicit references, markup
/// ids meaning whichever analyzer reports them. The framework applies the fix one diagnostic at a time and as Fix All
/// (document, project and solution scopes), and checks that the fixed code has no diagnostics left.
/// </summary>
internal sealed class LightsailCodeFixTest<TCodeFix> : CSharpCodeFixTest<TemplateAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public LightsailCodeFixTest(string source, string fixedSource, string equivalenceKey)
    {
        TestCode = source;
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;
        ReferenceAssemblies = new ReferenceAssemblies(string.Empty);
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        => new DiagnosticAnalyzer[] { new TemplateAnalyzer(), new BuilderCallAnalyzer() };

    public static Task VerifyAsync(string source, string fixedSource, string equivalenceKey)
        => new LightsailCodeFixTest<TCodeFix>(source, fixedSource, equivalenceKey).RunAsync();
}
