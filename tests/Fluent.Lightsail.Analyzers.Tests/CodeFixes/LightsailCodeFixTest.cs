using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// A markup code-fix test set up like <see cref="LightsailAnalyzerTest"/>: both analyzers, explicit references, markup
/// ids meaning whichever analyzer reports them. A mechanical fix (<see cref="Fix.Mechanical"/>) is applied one diagnostic
/// at a time and as Fix All (document, project and solution scopes); a choice is picked by its title, applied to the
/// one diagnostic, and takes no part in Fix All. The framework checks what diagnostics the fixed code has left.
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

    /// <summary>Applies the mechanical fix (<see cref="Fix.Mechanical"/>), or the choice with the title <paramref name="pick"/>.</summary>
    public static async Task VerifyAsync(string source, string fixedSource, string pick)
    {
        var test = new LightsailCodeFixTest<TCodeFix>(source, fixedSource, pick);
        if (pick != Fix.Mechanical)
        {
            test.PickChoice(pick, await OfferedFixes.IndexOfAsync(new TCodeFix(), Sources.StripMarkup(source), pick));
        }

        await test.RunAsync();
    }

    /// <summary>Picks the choice at <paramref name="index"/> of its diagnostic's actions and checks its title ('*' matches any text).</summary>
    /// <remarks>Picks the choice at <paramref name="index"/> of its diagnostic's actions and checks its title.</remarks>
    public void PickChoice(string title, int index)
    {
        CodeActionEquivalenceKey = null;
        CodeActionIndex = index;
        CodeActionVerifier = (action, verifier) => verifier.True(OfferedFixes.TitleMatches(title, action.Title), $"Title \"{action.Title}\" is not \"{title}\"");
        CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
    }
}

/// <summary>How a test names the fix it applies.</summary>
internal static class Fix
{
    /// <summary>The mechanical fix: the first action when there is one, and the one Fix All applies.</summary>
    public const string Mechanical = Fluent.Lightsail.CodeFixes.FixKeys.Mechanical;
}
