using System.Collections.Immutable;
using Fluent.Lightsail.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// Applies fixes the way <c>dotnet format analyzers</c> does (dotnet/sdk, SolutionCodeFixApplier): for each reported id
/// in turn, analyse again, ask the id's provider about the first diagnostic found (of any id), take the equivalence key
/// of its first action (null when it has none), and run the provider's Fix All at solution scope for that id alone.
/// <paramref name="order"/> shuffles both the ids and the diagnostics, as the tool's concurrent analysis may.
/// </summary>
internal static class FormatRun
{
    private static readonly CodeFixProvider[] Providers = { new ValueCodeFixProvider(), new RemovalCodeFixProvider(), new TemplateShapeCodeFixProvider() };

    public static async Task<string> RunAsync(string source, Random order)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await OfferedFixes.AnalyzeAsync(workspace, source);
        var ids = diagnostics.Select(d => d.Id).Distinct().OrderBy(_ => order.Next()).ToList();
        var solution = document.Project.Solution;
        foreach (var id in ids)
        {
            var current = solution.GetDocument(document.Id)!;
            var found = await OfferedFixes.DiagnosticsAsync(current.Project);
            var result = found.OrderBy(_ => order.Next()).ToImmutableArray();
            if (result.IsEmpty)
            {
                continue;
            }

            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(id)))
            {
                CodeAction? first = null;
                await provider.RegisterCodeFixesAsync(new CodeFixContext(current, result[0], (action, _) => first ??= action, CancellationToken.None));
                var context = new FixAllContext(
                    current, provider, FixAllScope.Solution, first?.EquivalenceKey!, new[] { id }, new Diagnostics(result), CancellationToken.None);
                var fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context);
                if (fixAll is null)
                {
                    continue;
                }

                var operations = await fixAll.GetOperationsAsync(CancellationToken.None);
                solution = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;
            }
        }

        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all);
    }
}
