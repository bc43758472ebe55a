using System.Collections.Immutable;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>The code actions a provider offers for every diagnostic of a source, as a light bulb would list them.</summary>
internal static class OfferedFixes
{
    public static async Task<IReadOnlyList<(string Id, string Title, string? EquivalenceKey)>> ListAsync(CodeFixProvider provider, string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Tests",
            "Tests",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Test0.cs", SourceText.From(source));
        var compilation = await document.Project.GetCompilationAsync();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer());
        var diagnostics = await compilation!.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var offered = new List<(string, string, string?)>();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var context = new CodeFixContext(
                document,
                diagnostic,
                (action, _) => offered.Add((diagnostic.Id, action.Title, action.EquivalenceKey)),
                CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }

        return offered;
    }
}
