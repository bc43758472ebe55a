using System.Collections.Immutable;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>The code actions a provider offers for every diagnostic of a source, as a light bulb would list them.</summary>
internal static class OfferedFixes
{
    public static async Task<IReadOnlyList<(string Id, string Title, string? EquivalenceKey)>> ListAsync(
        CodeFixProvider provider, string source, params (string Path, string Text)[] additionalFiles)
        => (await ActionsAsync(provider, source, additionalFiles)).Select(o => (o.Diagnostic.Id, o.Action.Title, o.Action.EquivalenceKey)).ToList();

    /// <summary>The position of the action titled <paramref name="title"/> among the actions of its diagnostic.</summary>
    public static async Task<int> IndexOfAsync(CodeFixProvider provider, string source, string title)
    {
        var offered = await ActionsAsync(provider, source);
        var match = offered.FirstOrDefault(o => TitleMatches(title, o.Action.Title));
        Assert.True(match.Action != null, $"No action titled \"{title}\"; offered: {string.Join(" | ", offered.Select(o => o.Action.Title))}");
        return offered.Where(o => o.Diagnostic == match.Diagnostic).Select(o => o.Action).ToList().IndexOf(match.Action);
    }

    /// <summary>Whether <paramref name="title"/> is <paramref name="pattern"/>, where '*' in the pattern stands for any text.</summary>
    public static bool TitleMatches(string pattern, string title)
        => System.Text.RegularExpressions.Regex.IsMatch(title, "^" + string.Join(".*", pattern.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$");

    /// <summary>A project of one document with the test references, and the diagnostics of both analyzers on it.</summary>
    public static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(
        AdhocWorkspace workspace, string source, params (string Path, string Text)[] additionalFiles)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Tests",
            "Tests",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id), "Test0.cs", loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source), VersionStamp.Default)), filePath: "/src/Test0.cs"));
        foreach (var (path, text) in additionalFiles)
        {
            workspace.TryApplyChanges(workspace.CurrentSolution.AddAdditionalDocument(
                DocumentId.CreateNewId(project.Id), path, SourceText.From(text), filePath: "/src/" + path));
        }

        document = workspace.CurrentSolution.GetDocument(document.Id)!;
        return (document, await DiagnosticsAsync(document.Project));
    }

    /// <summary>The diagnostics of both analyzers on a project, as it is now.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer());
        return await compilation!.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<List<(Diagnostic Diagnostic, CodeAction Action)>> ActionsAsync(
        CodeFixProvider provider, string source, params (string Path, string Text)[] additionalFiles)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, source, additionalFiles);
        var offered = new List<(Diagnostic, CodeAction)>();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => offered.Add((diagnostic, action)), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }

        return offered;
    }
}
